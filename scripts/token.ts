/** Prints a development token: `npm run token -- --nip <NIP> [--role admin]` or `--partner <name>`. */
import { parseArgs } from 'node:util';
import { signToken } from '../src/auth/token.js';
import type { Role } from '../src/auth/viewer.js';
import { loadConfigOrExit } from '../src/config.js';

const { values } = parseArgs({
  options: {
    nip: { type: 'string' },
    partner: { type: 'string' },
    role: { type: 'string', multiple: true, default: [] },
    expires: { type: 'string', default: '12h' },
  },
});
if (!values.nip === !values.partner) {
  console.error('usage: npm run token -- --nip <NIP> [--role admin] [--expires 12h] | --partner <service name>');
  process.exit(2);
}
const roles = values.partner ? (['partner'] as Role[]) : (['employee', ...(values.role as Role[])] as Role[]);
const config = loadConfigOrExit();
const subject = values.partner ?? values.nip!.replace(/\s+/g, '');
console.log(await signToken(config.jwt, { subject, roles }, values.expires));
