// Proves the ZEN graph (fees.json behind server.js) decides what our fee endpoint decides, before any
// throughput is compared: a benchmark of two services that answer differently would measure nothing.
//
//   node same-decisions.js OUR_URL ZEN_URL [--members 2500] [--seed 42]
//       e.g. http://127.0.0.1:18391/api/fees/assessments http://127.0.0.1:18392/fees; prints PASS or FAIL
//       (exit 1) with the first differences.
//   node same-decisions.js --write FILE [--members 1000] [--seed 7]
//       writes a fee request of that many generated members (the benchmark's large body).
//
// Compared per member: status, feePayable, amount, quote, exemption. Per book: totalFees, convenorIncome,
// share, withinCap, notCounted (as a set: ZEN's expressions cannot sort; ours are sorted), alert kinds and
// severities. Numbers are compared as numbers (2500 = 2500.00). Reasons, alert messages and fired rules are
// ours only: ZEN answers the decisions without our explanation, so its answers are smaller.
//
// The members (seeded, so every run sends the same ones): first every combination that decides precedence
// (partner or prospect x globalSouth true/false/unset x country listed/not listed/missing x income known/
// missing x waiver true/false/unset), the band and ceiling boundaries, and every country code our service
// accepts; the rest random. They are sent as one request of all members, then as books of 50 whose convenor
// incomes put the share on 8% and 10% exactly and just under, at a rounding midpoint, or leave it unknown.
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i < 0 ? fallback : args.splice(i, 2)[1];
};
const writeTo = option('--write', null);
const count = Number(option('--members', writeTo ? 1000 : 2500));
const seed = Number(option('--seed', writeTo ? 7 : 42));

// mulberry32: small, seeded, the same sequence on every machine.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = values => values[Math.floor(random() * values.length)];
const chance = p => random() < p;

// Every code our service accepts, read from its enum, so no code is left out or invented here.
const countrySource = fs.readFileSync(
  path.join(__dirname, '../../main/java/org/convenor/network/Country.java'), 'utf8');
const enumStart = countrySource.indexOf('enum Country {');
const COUNTRIES = countrySource.slice(enumStart, countrySource.indexOf(';', enumStart)).match(/\b[A-Z]{2}\b/g);
const ROLES = ['PARTNER', 'PROSPECT', 'JOURNALIST', 'POLICY_MAKER', 'DONOR', 'ALLY'];
const SECTORS = ['MEDICAL', 'LEGAL', 'MILITARY', 'DIPLOMATIC', 'FAITH', 'PEACEBUILDING'];
// From inclusive, below exclusive; and the ceiling overtakes the first band's 250 under 50,000.
const BOUNDARIES = ['0', '0.000001', '0.01', '1', '1.99', '2', '100', '49999.99', '49999.999999', '50000',
  '50000.01', '999999.999999', '1000000', '9999999.99', '10000000', '49999999.99', '50000000', '249999999.99',
  '250000000', '1000000000000000'];

// An amount as our service accepts it (at most 6 decimals) and as a JavaScript number keeps it exactly
// (at most 15 significant digits: JSON.parse in the ZEN server reads doubles).
function income() {
  const r = random();
  if (r < 0.1) return Number(pick(BOUNDARIES));
  if (r < 0.2) return Number((random() * 60000).toFixed(2));                   // around the ceiling
  if (r < 0.3) return Number((random() * 1e8).toFixed(6));                     // six decimals
  return Math.floor(10 ** (3 + random() * 9));                                 // 1,000 to 1,000,000,000
}

function member(id, fields) {
  return { id, name: 'Member ' + id, tier: chance(0.15) ? 'KEY' : 'STANDARD', sectors: [pick(SECTORS)], ...fields };
}

function generate(n) {
  const members = [];
  for (const role of ['PARTNER', 'PROSPECT']) {
    for (const globalSouth of [null, true, false]) {
      for (const country of [null, 'KE', 'CH']) {
        for (const annualIncome of [null, 30000000]) {
          for (const feeWaiver of [null, true, false]) {
            members.push(member(`combo-${members.length}`,
              { kind: 'ORGANISATION', roles: [role], country, globalSouth, annualIncome, feeWaiver }));
          }
        }
      }
    }
  }
  const others = [
    { kind: 'PERSON', roles: ['PARTNER'] }, { kind: 'PERSON', roles: ['PROSPECT'], annualIncome: 30000000 },
    { kind: 'ORGANISATION', roles: ['DONOR'], country: 'CH', annualIncome: 30000000 },
    { kind: 'ORGANISATION', roles: ['ALLY', 'JOURNALIST'] },
    { kind: 'ORGANISATION', roles: ['PROSPECT', 'PARTNER'], country: 'GB', annualIncome: 30000000 },
  ];
  others.forEach((fields, i) => members.push(member(`other-${i}`, fields)));
  for (const value of BOUNDARIES) {
    members.push(member(`band-${value}`, { kind: 'ORGANISATION', roles: ['PARTNER'], country: 'GB', annualIncome: Number(value) }));
    members.push(member(`quote-${value}`, { kind: 'ORGANISATION', roles: ['PROSPECT'], country: 'US', annualIncome: Number(value) }));
  }
  for (const country of COUNTRIES) {
    members.push(member(`country-${country}`, { kind: 'ORGANISATION', roles: ['PARTNER'], country, annualIncome: 30000000 }));
  }
  for (let i = members.length; i < n; i++) {
    const organisation = chance(0.8);
    const roles = [chance(0.5) ? 'PARTNER' : chance(0.4) ? 'PROSPECT' : pick(ROLES)];
    if (chance(0.25) && !roles.includes(ROLES[i % ROLES.length])) roles.push(ROLES[i % ROLES.length]);
    members.push(member(`m${i}`, {
      kind: organisation ? 'ORGANISATION' : 'PERSON', roles,
      country: chance(0.05) ? null : pick(COUNTRIES),
      globalSouth: chance(0.8) ? null : chance(0.5),
      annualIncome: chance(0.08) ? null : income(),
      feeWaiver: chance(0.85) ? null : chance(0.7),
    }));
  }
  return members.slice(0, n);
}

const members = generate(count);
if (writeTo) {
  fs.writeFileSync(writeTo, JSON.stringify({ convenor: { annualIncome: 50000000, currency: 'GBP' }, members }));
  console.log(`${members.length} members written to ${writeTo}`);
  process.exit(0);
}
if (args.length !== 2) {
  console.error('usage: node same-decisions.js OUR_URL ZEN_URL [--members N] [--seed S]');
  process.exit(2);
}
const [ourUrl, zenUrl] = args;

async function post(url, body) {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const differences = [];
const same = (a, b) => (a ?? null) === (b ?? null);   // a field ZEN leaves out is null
function compare(where, field, ours, zen) {
  if (!same(ours, zen)) differences.push(`${where}: ${field} ours ${JSON.stringify(ours)}, ZEN ${JSON.stringify(zen)}`);
}

const coverage = {};
const tally = key => { coverage[key] = (coverage[key] || 0) + 1; };
const BAND_FEES = new Set([250, 1000, 2500, 5000, 10000]);

function compareAnswers(label, request, ours, zen) {
  const zenById = new Map((zen.assessments || []).map(a => [a.memberId, a]));
  if (zenById.size !== ours.assessments.length) {
    differences.push(`${label}: ours assessed ${ours.assessments.length} members, ZEN ${zenById.size}`);
  }
  const sent = new Map(request.members.map(m => [m.id, m]));
  for (const a of ours.assessments) {
    const z = zenById.get(a.memberId);
    if (!z) { differences.push(`${label}: ${a.memberId} missing from ZEN's answer`); continue; }
    const { name, tier, sectors, ...decisive } = sent.get(a.memberId);   // what the fee turns on
    for (const field of ['status', 'feePayable', 'amount', 'quote', 'exemption']) {
      compare(`${label} ${JSON.stringify(decisive)}`, field, a[field], z[field]);
    }
    tally(`member ${a.status}${a.exemption ? ' ' + a.exemption : ''}${a.quote ? ' quote' : ''}${a.feePayable ? ' payable' : ''}`);
    if (a.status === 'ASSESSED' && !a.exemption && !BAND_FEES.has(a.amount)) tally('member fee capped by the 0.5% ceiling');
    const m = sent.get(a.memberId);
    if (m.globalSouth != null) tally(`member with globalSouth ${m.globalSouth}`);
  }
  const p = ours.portfolio, q = zen.portfolio || {};
  for (const field of ['totalFees', 'convenorIncome', 'share', 'withinCap', 'scope']) compare(`${label} book`, field, p[field], q[field]);
  compare(`${label} book`, 'notCounted', JSON.stringify([...p.notCounted].sort()), JSON.stringify([...(q.notCounted || [])].sort()));
  const alerts = list => JSON.stringify((list || []).map(a => `${a.kind}/${a.severity}`).sort());
  compare(`${label} book`, 'alerts', alerts(ours.alerts), alerts(zen.alerts));
  tally(`book ${ours.alerts.map(a => a.kind).join('+') || 'no alert'}`);
  if (p.convenorIncome != null) {
    // The share in millionths, exactly (BigInt): a rounding midpoint when it ends in .5.
    const twice = BigInt(Math.round(p.totalFees * 100)) * 2n * 10n ** 10n, income = BigInt(Math.round(p.convenorIncome * 1e6));
    if (twice % income === 0n && (twice / income) % 2n === 1n) {
      tally(`book share at a rounding midpoint, 6th decimal ${(twice / income / 2n) % 2n ? 'odd' : 'even'}`);
    }
    if (p.share === 0.08 || p.share === 0.1) tally(`book share exactly ${p.share}`);
  }
}

(async () => {
  const example = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../docs/examples/fee-query.json'), 'utf8'));
  compareAnswers('docs/examples/fee-query.json', example, await post(ourUrl, example), await post(zenUrl, example));

  const whole = { convenor: { annualIncome: 4000000 }, members };
  compareAnswers(`all ${members.length} members`, whole, await post(ourUrl, whole), await post(zenUrl, whole));

  const size = 50;
  for (let i = 0; i * size < members.length; i++) {
    const book = { members: members.slice(i * size, (i + 1) * size) };
    let total = (await post(ourUrl, book)).portfolio.totalFees;   // unmeasured: the total to aim the income at
    if (i % 7 === 1) {
      // Against 100,000,000, a total ending in 50 puts the share's 7th decimal on a 5, the one case where
      // rounding half to even (ours) and half away from zero (ZEN's round) differ: one more partner, whose
      // fee is its ceiling (0.5% of 200 x fee), brings the total there.
      const fee = (5000 - Math.round(total * 100) % 10000 + 10000) % 10000 || 10000;   // in cents, 0.01-100
      book.members = [...book.members, member(`midpoint-${i}`,
        { kind: 'ORGANISATION', roles: ['PARTNER'], country: 'GB', annualIncome: fee * 2 })];
      total = Math.round(total * 100 + fee) / 100;
    }
    // Unknown; 100,000,000 (above); 8% and 10% exactly and just under; any. Written as decimals (toFixed)
    // so no binary fraction reaches either service.
    const exact = value => (value > 0 ? Number(value.toFixed(6)) : 1);
    const incomes = [null, 1e8, exact(total * 12.5), exact(total * 12.5 + 1), exact(total * 10),
      exact(total * 10 + 0.01), Math.floor(1e6 + random() * 1e9)];
    const annualIncome = incomes[i % incomes.length];
    const request = { convenor: { annualIncome }, members: book.members };
    compareAnswers(`book ${i} (convenor income ${annualIncome})`, request, await post(ourUrl, request), await post(zenUrl, request));
  }

  console.log('covered:');
  for (const key of Object.keys(coverage).sort()) console.log(`  ${String(coverage[key]).padStart(6)}  ${key}`);
  if (differences.length) {
    console.log(`FAIL: ${differences.length} differences; the first ${Math.min(10, differences.length)}:`);
    differences.slice(0, 10).forEach(d => console.log('  ' + d));
    process.exit(1);
  }
  console.log(`PASS: ZEN decides as ours on ${members.length} members (one request, then books of ${size}) and on docs/examples/fee-query.json`);
})().catch(e => { console.error('FAIL: ' + e.message); process.exit(1); });
