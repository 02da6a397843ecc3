// envalid peer of `make bench` (bench/README.md): the playbook's rules with
// envalid's validators, requiredWhen for the conditional secrets and custom
// validators (makeValidator) for the formats; the cross-variable launch
// posture is plain code after cleanEnv (envalid validates one variable at a
// time). Secret values never reach the output: findings are rule ids and
// key names, and envalid's own error messages (which can quote a value) are
// dropped by the reporter.
//
//   node envalid_check.js ENVFILE            in-process timing, JSON lines
//   node --env-file=ENVFILE envalid_check.js --once
//                                            one check of process.env, as a
//                                            service does at start-up (exit 1
//                                            on findings)
'use strict';
const fs = require('fs');
const util = require('util');
const { cleanEnv, str, bool, url, makeValidator, EnvError } = require('envalid');

const minLen = (n) => makeValidator((x) => {
  if (x.trim() === '') throw new EnvError('blank');
  if (x.length < n) throw new EnvError('too short');
  return x;
});
const nonBlank = makeValidator((x) => {
  if (x.trim() === '') throw new EnvError('blank');
  return x;
});
const matching = (rx) => makeValidator((x) => {
  if (!rx.test(x)) throw new EnvError('bad format');
  return x;
});
const key32 = makeValidator((x) => {
  const hex = /^[0-9A-Fa-f]{64}$/.test(x);
  const b64 = /^[A-Za-z0-9+/_-]{43}=?$/.test(x) && Buffer.from(x, 'base64').length === 32;
  if (!hex && !b64) throw new EnvError('not 32 bytes of base64 or hex');
  return x;
});
const httpsUrl = makeValidator((x) => {
  const u = new URL(x); // throws on a non-URL
  if (u.protocol !== 'https:' || !u.hostname) throw new EnvError('not an https URL');
  return x;
});

const DB_URL = /^(postgres|postgresql|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb|mongodb|mongodb\+srv|redis|rediss):\/\/[^\s/?#]+([/?#]\S*)?$/i;
const when = (flag) => (env) => env[flag] === true;

const specs = {
  ENVIRONMENT: str({ default: undefined }),
  LAUNCH_MODE: bool({ default: false }),
  BILLING_ENABLED: bool({ default: false }),
  ZERO_TRUST_ENABLED: bool({ default: false }),
  SSO_ENABLED: bool({ default: false }),
  SECURITY_HEADERS_ENABLED: bool({ default: false }),
  DEMO_SEED_ENABLED: bool({ default: false }),
  DEMO_DATA_ENABLED: bool({ default: false }),
  BILLING_ENFORCEMENT: str({ choices: ['strict', 'soft', 'off'], default: undefined }),

  SECRET_KEY: minLen(32)(),
  DATABASE_URL: matching(DB_URL)(),
  INTEGRATION_ENCRYPTION_KEY: key32(),
  STRIPE_SECRET_KEY: matching(/^[rs]k_(live|test)_[A-Za-z0-9]{24,247}$/)({ default: undefined, requiredWhen: when('BILLING_ENABLED') }),
  STRIPE_WEBHOOK_SECRET: matching(/^whsec_[A-Za-z0-9+/]{24,250}={0,2}$/)({ default: undefined, requiredWhen: when('BILLING_ENABLED') }),
  ZERO_TRUST_API_KEY: minLen(32)({ default: undefined, requiredWhen: when('ZERO_TRUST_ENABLED') }),
  SSO_CLIENT_ID: nonBlank({ default: undefined, requiredWhen: when('SSO_ENABLED') }),
  SSO_CLIENT_SECRET: minLen(32)({ default: undefined, requiredWhen: when('SSO_ENABLED') }),
  SSO_ISSUER_URL: httpsUrl({ default: undefined, requiredWhen: when('SSO_ENABLED') }),
};
void url; // envalid's url() accepts any scheme; httpsUrl narrows it

function check(raw) {
  const findings = [];
  const env = cleanEnv(raw, specs, {
    reporter: ({ errors }) => {
      for (const k of Object.keys(errors)) findings.push({ rule: 'invalid', key: k });
    },
  });
  // Launch posture: rules across variables, after envalid.
  if (env.ENVIRONMENT === 'production' && !env.LAUNCH_MODE)
    findings.push({ rule: 'production-requires-launch-mode', key: 'LAUNCH_MODE' });
  if (env.LAUNCH_MODE) {
    if (env.ENVIRONMENT !== 'production') findings.push({ rule: 'launch-requires-production', key: 'ENVIRONMENT' });
    if (!env.SECURITY_HEADERS_ENABLED) findings.push({ rule: 'launch-requires-security-headers', key: 'SECURITY_HEADERS_ENABLED' });
    if (env.DEMO_SEED_ENABLED) findings.push({ rule: 'launch-disables-demo-seed', key: 'DEMO_SEED_ENABLED' });
    if (env.DEMO_DATA_ENABLED) findings.push({ rule: 'launch-disables-demo-data', key: 'DEMO_DATA_ENABLED' });
    if (env.BILLING_ENFORCEMENT !== 'strict') findings.push({ rule: 'launch-requires-strict-billing', key: 'BILLING_ENFORCEMENT' });
    if (env.STRIPE_SECRET_KEY && /^[rs]k_test_/.test(env.STRIPE_SECRET_KEY))
      findings.push({ rule: 'secret-stripe-mode', key: 'STRIPE_SECRET_KEY' });
  }
  if (env.SECRET_KEY && env.SECRET_KEY === env.INTEGRATION_ENCRYPTION_KEY)
    findings.push({ rule: 'secrets-distinct', key: 'INTEGRATION_ENCRYPTION_KEY' });
  return findings;
}

function main() {
  if (process.argv[2] === '--once') {
    const f = check(process.env);
    for (const x of f) console.error(`${x.rule} ${x.key}`);
    process.exit(f.length ? 1 : 0);
  }
  const raw = util.parseEnv(fs.readFileSync(process.argv[2], 'utf8'));
  const f = check(raw);
  if (f.length) {
    console.error(`envalid: ${f.length} findings on the benchmark environment: ${f.map((x) => x.key).join(' ')}`);
    process.exit(1);
  }
  const rounds = 11, batch = 2000;
  for (let i = 0; i < batch / 10; i++) check(raw);
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) check(raw);
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  console.log(JSON.stringify({ op: 'check.inproc', tool: 'envalid (Node)', samples_ns: samples }));
}

main();
