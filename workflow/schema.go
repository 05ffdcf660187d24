package workflow

import _ "embed"

// Schema is the JSON Schema (draft 2020-12) of a workflow document, as GET
// /api/v1/schema/workflow serves it for editors. Validate is the authority:
// it checks what a schema cannot (wires to existing ids, loops, compiling
// rules and scripts).
//
//go:embed schema.json
var Schema []byte
