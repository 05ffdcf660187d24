package api

// AgentInfo is the answer to GET /api/v1/agents/{name}/info (and what
// cere agent info prints): the versions of an agent this node can run,
// and the wallet its name belongs to on the chain's registry.
type AgentInfo struct {
	Name string `json:"name"`
	// Owner is the wallet that first published a version of the name on
	// the registry, and so the only one that publishes its versions: ""
	// when none has, or when the registry was not read.
	Owner     string `json:"owner"`
	Published bool   `json:"published"`
	// Chain says why the registry was not read, "" when it was: the node
	// runs without a chain, its chain is not connected yet, or the read
	// failed. Owner and Published then say nothing.
	Chain    string         `json:"chain,omitempty"`
	Versions []AgentVersion `json:"versions"`
}

// AgentVersion is one version of an agent stored on this node.
type AgentVersion struct {
	Version string `json:"version"`
	Runtime string `json:"runtime"`
	Mode    string `json:"mode"`
	Price   string `json:"price,omitempty"`
	Module  string `json:"module"`
	// CID is the manifest's: what the registry registers a version by.
	CID string `json:"cid"`
	// StoredBy is the wallet that stored the version here: it alone swaps
	// the version's model, and the node publishes only what its own
	// wallet stored.
	StoredBy string `json:"stored_by"`
}
