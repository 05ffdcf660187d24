// Package p2p owns the node's place in the network: the libp2p host (TCP and
// QUIC, Noise, connection and resource managers), discovery (static bootstrap
// peers with reconnect, kad-dht under the /cere prefix, mDNS on a LAN), the
// GossipSub router with its per-topic validators and peer scoring, the signed
// Envelope that every gossiped payload travels in, and presence.
//
// It knows nothing of HTTP, workflows or agents: later subsystems join topics
// through PubSub.Join with a Check of their own and read verified Envelopes.
// Nothing here reaches beyond the peers it is given or finds by mDNS: no UPnP,
// no relay, no public bootstrap list, no AutoNAT probing.
package p2p
