import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MicrosoftAppCredentials, PasswordServiceClientCredentialFactory, type ServiceClientCredentials } from 'botframework-connector';
import jwt from 'jsonwebtoken';
import { startJsonServer } from './json-server.js';

/** One client-credentials request the token endpoint received. */
export interface TokenRequest {
  path: string;
  form: Record<string, string>;
  /** The access token issued, when the request was accepted. */
  issued?: string;
}

export interface BotAuthOptions {
  appId: string;
  appPassword: string;
  tenantId: string;
}

/** The claims and header of a channel token; anything here can be overridden to forge one. */
export interface ChannelTokenOptions {
  serviceUrl: string;
  claims?: Record<string, unknown>;
  /** Seconds from now; negative for a token that expired. */
  expiresIn?: number;
  notBeforeIn?: number;
  kid?: string;
  /** Sign with this private key instead of the published one. */
  privateKey?: KeyObject;
}

/**
 * A local stand-in for Microsoft's login and Bot Framework token services:
 * - OpenID metadata at `/.well-known/openid-configuration` whose `jwks_uri` lists one RSA key
 *   (with a `kid` and `endorsements: ['msteams']`, as the Bot Framework publishes them), used to
 *   verify inbound channel tokens;
 * - an emulator metadata document with no keys (so emulator-issued tokens never verify);
 * - a client-credentials token endpoint at `/{tenant}/oauth2/v2.0/token` for outbound tokens.
 */
export class BotAuthStandIn {
  readonly kid = `test-key-${randomUUID().slice(0, 8)}`;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** Token requests received, in order. */
  readonly tokenRequests: TokenRequest[] = [];
  /** Every outbound access token issued. */
  readonly issuedTokens: string[] = [];
  /** Requests for the metadata and keys (to see that validation really fetched them). */
  readonly metadataHits: string[] = [];
  private readonly outboundKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

  private constructor(
    private readonly server: Server,
    readonly options: BotAuthOptions,
  ) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  static async start(options: BotAuthOptions): Promise<BotAuthStandIn> {
    let standIn!: BotAuthStandIn;
    const server = await startJsonServer((req) => standIn.handle(req));
    standIn = new BotAuthStandIn(server, options);
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The `iss` of channel tokens (ToBotFromChannelTokenIssuer). */
  get issuer(): string {
    return `${this.url}/botframework`;
  }

  /** The audience the bot asks outbound tokens for (ToChannelFromBotOAuthScope). */
  get outboundScope(): string {
    return `${this.url}/connector`;
  }

  /**
   * The authenticated-mode environment: the app registration and all seven of botbuilder's
   * endpoint settings pointed at this stand-in (botbuilder ignores a partial set).
   */
  env(): Record<string, string> {
    const { appId, appPassword, tenantId } = this.options;
    return {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: appPassword,
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: tenantId,
      ToChannelFromBotLoginUrl: `${this.url}/${tenantId}`,
      ToChannelFromBotOAuthScope: this.outboundScope,
      ToBotFromChannelTokenIssuer: this.issuer,
      OAuthUrl: `${this.url}/oauth`,
      ToBotFromChannelOpenIdMetadataUrl: `${this.url}/.well-known/openid-configuration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/.well-known/openid-configuration`,
      CallerId: 'urn:botframework:azure',
    };
  }

  /** A valid channel token for an activity with this serviceUrl, as the Bot Connector would send it. */
  channelToken({ serviceUrl, claims = {}, expiresIn = 3600, notBeforeIn = -300, kid = this.kid, privateKey = this.privateKey }: ChannelTokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      serviceurl: serviceUrl,
      nbf: now + notBeforeIn,
      exp: now + expiresIn,
      iat: now + Math.min(notBeforeIn, expiresIn - 60),
      iss: this.issuer,
      aud: this.options.appId,
      ...claims,
    };
    return jwt.sign(payload, privateKey, { algorithm: 'RS256', keyid: kid, noTimestamp: true });
  }

  /** Tokens that must all be refused, each with the one thing wrong named by its key. */
  forgedTokens(serviceUrl: string): Record<string, string> {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const publicPem = this.publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const now = Math.floor(Date.now() / 1000);
    const validClaims = { serviceurl: serviceUrl, nbf: now - 300, exp: now + 3600, iss: this.issuer, aud: this.options.appId };
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return {
      // Signed by another key under the published kid: the signature does not verify.
      'forged signature (other key, published kid)': this.channelToken({ serviceUrl, privateKey: otherKey }),
      // Signed by another key under a kid the metadata does not list.
      'forged signature (other key, unknown kid)': this.channelToken({ serviceUrl, privateKey: otherKey, kid: 'attacker-key' }),
      // Expired beyond botbuilder's five minutes of clock tolerance.
      expired: this.channelToken({ serviceUrl, expiresIn: -3600, notBeforeIn: -7200 }),
      // Not valid for another hour.
      'not yet valid': this.channelToken({ serviceUrl, notBeforeIn: 3600, expiresIn: 7200 }),
      'wrong audience (another bot)': this.channelToken({ serviceUrl, claims: { aud: randomUUID() } }),
      'wrong issuer': this.channelToken({ serviceUrl, claims: { iss: 'https://attacker.example/botframework' } }),
      // A token for another serviceUrl: replies would go where the attacker wants.
      'serviceurl claim of another host': this.channelToken({ serviceUrl: 'https://smba.attacker.example/emea/' }),
      // The algorithm-confusion attack: HMAC with the published public key as the secret.
      'HS256 signed with the public key': jwt.sign(validClaims, publicPem, { algorithm: 'HS256', keyid: this.kid, noTimestamp: true }),
      'alg none': `${b64({ alg: 'none', typ: 'JWT', kid: this.kid })}.${b64(validClaims)}.`,
      'valid token with its signature removed': this.channelToken({ serviceUrl }).split('.').slice(0, 2).join('.') + '.',
    };
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const path = new URL(req.url ?? '/', 'http://stand-in').pathname;
    if (req.method === 'GET' && path === '/.well-known/openid-configuration') {
      this.metadataHits.push(path);
      return { status: 200, body: this.metadata('', ['RS256']) };
    }
    if (req.method === 'GET' && path === '/keys') {
      this.metadataHits.push(path);
      const jwk = this.publicKey.export({ format: 'jwk' });
      return { status: 200, body: { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] } };
    }
    if (req.method === 'GET' && path === '/emulator/.well-known/openid-configuration') {
      this.metadataHits.push(path);
      return { status: 200, body: this.metadata('/emulator', ['RS256']) };
    }
    if (req.method === 'GET' && path === '/emulator/keys') return { status: 200, body: { keys: [] } };
    if (req.method === 'POST' && path === `/${this.options.tenantId}/oauth2/v2.0/token`) {
      const form = Object.fromEntries(new URLSearchParams((await readBody(req)).toString('utf8')));
      const request: TokenRequest = { path, form };
      this.tokenRequests.push(request);
      if (form.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' } };
      if (form.client_id !== this.options.appId || form.client_secret !== this.options.appPassword) return { status: 401, body: { error: 'invalid_client' } };
      if (form.scope !== `${this.outboundScope}/.default`) return { status: 400, body: { error: 'invalid_scope' } };
      const now = Math.floor(Date.now() / 1000);
      request.issued = jwt.sign(
        { iss: `${this.url}/${this.options.tenantId}/v2.0`, aud: this.outboundScope, appid: this.options.appId, tid: this.options.tenantId, iat: now, nbf: now, exp: now + 3600, jti: randomUUID() },
        this.outboundKey,
        { algorithm: 'RS256', noTimestamp: true },
      );
      this.issuedTokens.push(request.issued);
      return { status: 200, body: { token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, access_token: request.issued } };
    }
    return { status: 404, body: { error: 'not_found' } };
  }

  private metadata(prefix: string, algorithms: string[]): Record<string, unknown> {
    return {
      issuer: this.issuer,
      authorization_endpoint: `${this.url}/oauth2/v2.0/authorize`,
      jwks_uri: `${this.url}${prefix}/keys`,
      id_token_signing_alg_values_supported: algorithms,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    };
  }
}

/**
 * Why tests need their own outbound credentials: botbuilder's MicrosoftAppCredentials get the
 * bot's token through MSAL, which requires an https authority and first calls
 * login.microsoftonline.com for instance discovery; neither works against a local stand-in
 * offline. This factory keeps Microsoft's own inbound decisions (isValidAppId and
 * isAuthenticationDisabled of PasswordServiceClientCredentialFactory) and overrides only
 * createCredentials: the credentials fetch a client-credentials token over plain HTTP from
 * `{ToChannelFromBotLoginUrl}/oauth2/v2.0/token` and sign each connector request with it.
 */
export class LocalTokenCredentialsFactory extends PasswordServiceClientCredentialFactory {
  override async createCredentials(appId: string, audience: string, loginEndpoint: string, _validateAuthority: boolean): Promise<ServiceClientCredentials> {
    if (await this.isAuthenticationDisabled()) return MicrosoftAppCredentials.Empty;
    if (!(await this.isValidAppId(appId))) throw new Error('Invalid appId.');
    return new ClientCredentialsOverHttp(appId, this.password ?? '', `${loginEndpoint.replace(/\/+$/, '')}/oauth2/v2.0/token`, `${audience}/.default`);
  }
}

const tokenCache = new Map<string, { token: string; expiresAt: number }>();

/** Client-credentials grant against a plain-HTTP token endpoint; the token is cached until shortly before it expires. */
class ClientCredentialsOverHttp implements ServiceClientCredentials {
  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly tokenUrl: string,
    private readonly scope: string,
  ) {}

  async signRequest(webResource: Parameters<ServiceClientCredentials['signRequest']>[0]): ReturnType<ServiceClientCredentials['signRequest']> {
    webResource.headers.set('authorization', `Bearer ${await this.token()}`);
    return webResource;
  }

  private async token(): Promise<string> {
    const key = `${this.tokenUrl}|${this.clientId}|${this.scope}`;
    const cached = tokenCache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.token;
    const res = await fetch(this.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret, scope: this.scope }),
    });
    if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    tokenCache.set(key, { token: body.access_token, expiresAt: Date.now() + (body.expires_in - 300) * 1000 });
    return body.access_token;
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}
