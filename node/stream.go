package node

import "github.com/cerestack/cere/workflow"

// observe hears the workflow engine's messages for the live stream.
func (n *Node) observe(m workflow.Message) {}

// watching reports whether anyone follows the live stream.
func (n *Node) watching() bool { return false }
