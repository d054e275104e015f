// The default fee policy (src/test/resources/policy/rules/fees) as a GoRules ZEN decision graph (fees.json), served like our fee endpoint:
// POST /fees with the same request body ({convenor: {annualIncome}, members[]}) answers
// {assessments[], portfolio, alerts[]}: the same decisions, without our reasons and fired rules.
// One process, loopback only: node server.js [PORT]. Used by .ci/bench-zen and same-decisions.js.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { ZenDecisionContent, ZenEngine } = require('@gorules/zen-engine');

const port = Number(process.argv[2] || 18392);
// Loaded and compiled once, as ZEN's users run it: ZenDecisionContent pre-compiles the graph's expressions (a
// decision created from the raw Buffer, as in 0.54, compiles each on every evaluation); every request evaluates
// the same decision.
const decision = new ZenEngine().createDecision(
  new ZenDecisionContent(fs.readFileSync(path.join(__dirname, 'fees.json'))));

function answer(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/fees') {
    answer(res, 404, { error: 'POST /fees only' });
    return;
  }
  const chunks = [];
  req.on('data', chunk => chunks.push(chunk));
  req.on('end', async () => {
    let request;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      answer(res, 400, { error: 'not JSON: ' + e.message });
      return;
    }
    try {
      answer(res, 200, (await decision.evaluate(request)).result);
    } catch (e) {
      // ZEN reports a failed node (e.g. an expression on a missing value) as an error, not a partial answer.
      answer(res, 500, { error: String(e.message || e).split('\n')[0] });
    }
  });
}).listen(port, '127.0.0.1', () => console.log(`ZEN fees on http://127.0.0.1:${port}/fees`));
