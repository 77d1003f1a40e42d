/**
 * Advisor accounts from the terminal:
 *   npm run advisor -- add --email karin@example.se --name "Karin Berg"   (password from standard input)
 *   npm run advisor -- list
 *   npm run advisor -- disable --email karin@example.se
 * Uses DATABASE_URL, or the embedded PGlite database under DATA_DIR like the server (stop the
 * server first when it uses PGlite: the embedded database has one user at a time).
 */
import { loadConfig } from '../config/index.js';
import { AdvisorAccounts, MIN_PASSWORD_LENGTH } from '../advisor/accounts.js';
import { openDatabase } from '../store/index.js';

const USAGE = `Användning:
  npm run advisor -- add --email ADRESS --name "NAMN"   (lösenordet läses från standard in)
  npm run advisor -- list
  npm run advisor -- disable --email ADRESS`;

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  if (index >= 0) return args[index + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

/** Reads the password: without echo on a terminal, otherwise the first line of standard input (scripts, tests). */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  }
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          done();
          return resolve(value);
        }
        if (char === '\u0003') {
          done();
          return reject(new Error('avbrutet'));
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    const done = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    stdin.on('data', onData);
  });
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (!command || !['add', 'list', 'disable'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const email = option(args, 'email');
  const name = option(args, 'name');
  if ((command === 'add' && (!email || !name)) || (command === 'disable' && !email)) {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const password = command === 'add' ? await readPassword(`Lösenord för ${email} (minst ${MIN_PASSWORD_LENGTH} tecken): `) : '';
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  try {
    const accounts = new AdvisorAccounts(db);
    if (command === 'add') {
      const account = await accounts.create({ email: email!, name: name!, password });
      process.stdout.write(`Rådgivare tillagd: ${account.name} <${account.email}>\n`);
    } else if (command === 'list') {
      for (const a of await accounts.list()) {
        process.stdout.write(`${a.email}\t${a.name}\t${a.createdAt.toISOString()}${a.disabledAt ? `\tavstängd ${a.disabledAt.toISOString()}` : ''}\n`);
      }
    } else if (await accounts.disable(email!)) {
      process.stdout.write(`Avstängd: ${email} (alla sessioner är avslutade)\n`);
    } else {
      process.stderr.write(`Ingen rådgivare med e-postadressen ${email}\n`);
      process.exitCode = 1;
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`advisor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
