// Compiles src/*.sol with the pinned solc into combined.json, in the
// form abigen --combined-json reads: {"contracts": {"src/X.sol:X": {"abi",
// "bin"}}, "version"}. With --check, it compares instead of writing and
// exits 1 when the committed combined.json is not what the sources give.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const solc = require("solc");
const here = path.dirname(new URL(import.meta.url).pathname);

const sources = {};
for (const f of fs.readdirSync(path.join(here, "src")).sort()) {
  if (f.endsWith(".sol")) {
    sources["src/" + f] = { content: fs.readFileSync(path.join(here, "src", f), "utf8") };
  }
}
const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: "cancun",
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};
function findImports(p) {
  try {
    return { contents: fs.readFileSync(require.resolve(p), "utf8") };
  } catch (e) {
    return { error: "not found: " + p };
  }
}
const out = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (out.errors || []).filter((e) => e.severity === "error");
for (const e of out.errors || []) {
  console.error(e.formattedMessage);
}
if (errors.length > 0) {
  process.exit(1);
}
const contracts = {};
for (const file of Object.keys(sources)) {
  for (const [name, c] of Object.entries(out.contracts[file] || {})) {
    if (c.evm.bytecode.object === "") {
      continue; // an interface
    }
    contracts[file + ":" + name] = { abi: c.abi, bin: c.evm.bytecode.object };
  }
}
const text = JSON.stringify({ contracts, version: solc.version() }, null, 1) + "\n";
const target = path.join(here, "combined.json");
if (process.argv.includes("--check")) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, "utf8") : "";
  if (committed !== text) {
    console.error("contracts/combined.json is not what the sources compile to: run make contracts and commit it");
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, text);
}
