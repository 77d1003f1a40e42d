import { randomBytes, randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';

export interface DirectLineGrant {
  conversationId: string;
  userId: string;
}

const ISSUER = 'radgivaren/directline';
const AUDIENCE = 'radgivaren/webchat';

/**
 * Signed, expiring Web Chat tokens. Each token names exactly one conversation and one user;
 * the endpoint refuses to read or post any other conversation with it. HMAC-SHA256 with a
 * key shared by all instances (DIRECTLINE_TOKEN_SECRET).
 */
export class DirectLineTokens {
  private readonly secret: string;

  constructor(secret: string | undefined, readonly ttlSeconds: number) {
    this.secret = secret ?? randomBytes(32).toString('hex');
  }

  /** A token for a brand-new conversation. */
  issueNew(): { token: string; grant: DirectLineGrant } {
    const grant = { conversationId: randomUUID().replace(/-/g, ''), userId: `dl_${randomUUID().replace(/-/g, '').slice(0, 16)}` };
    return { token: this.issue(grant), grant };
  }

  issue(grant: DirectLineGrant): string {
    return jwt.sign({ conv: grant.conversationId, user: grant.userId }, this.secret, { algorithm: 'HS256', expiresIn: this.ttlSeconds, issuer: ISSUER, audience: AUDIENCE });
  }

  /** The grant in a bearer token, or an error kind when it is missing, expired or forged. */
  verify(authorization: string | undefined): DirectLineGrant | 'missing' | 'expired' | 'invalid' {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) return 'missing';
    try {
      const claims = jwt.verify(match[1]!, this.secret, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE }) as { conv?: unknown; user?: unknown };
      if (typeof claims.conv !== 'string' || typeof claims.user !== 'string') return 'invalid';
      return { conversationId: claims.conv, userId: claims.user };
    } catch (error) {
      return error instanceof jwt.TokenExpiredError ? 'expired' : 'invalid';
    }
  }
}
