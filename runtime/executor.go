package runtime

import (
	"context"
	"encoding/json"
)

// Executor runs the agents of one runtime, a manifest's runtime (docker,
// wasm): the node picks one by the manifest and knows nothing of its
// engine, as Nomad's task drivers and Bacalhau's executors are one
// interface with an implementation per engine.
type Executor interface {
	// Prepare makes an agent version ready to run under key (its ref, or
	// the form a manifest CID gives it): from its manifest, its module (a
	// binary, a WebAssembly module or a root filesystem, as the manifest's
	// build says) and the folder its models are in.
	Prepare(ctx context.Context, key string, m *Manifest, module []byte, modelDir string) error
	// Invoke runs one call of the agent prepared under key.
	Invoke(ctx context.Context, key, execution string, input json.RawMessage, handler Handler) (json.RawMessage, Usage, error)
	// SwapModel gives the agent under key the model file name of its model
	// folder, and reports how many of its instances took it.
	SwapModel(ctx context.Context, key, name string) (int, error)
	// Close stops every instance.
	Close() error
}
