package node

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cerestack/cere/chain"
	"github.com/cerestack/cere/workflow"
	"github.com/ethereum/go-ethereum/common"
	"github.com/getsentry/sentry-go"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	"github.com/pelletier/go-toml/v2"
)

// Config is everything a node is built from. Values come from, in order of
// precedence: flags, CERE_* environment variables, config.toml in the data
// dir, and the defaults.
type Config struct {
	// DataDir holds the keys, the wallet, config.toml and the store.
	DataDir string `toml:"-"`
	P2P     struct {
		Listen    []string          `toml:"listen"`
		Bootstrap []string          `toml:"bootstrap"`
		MDNS      bool              `toml:"mdns"`
		Labels    map[string]string `toml:"labels"`
	} `toml:"p2p"`
	API struct {
		Listen string `toml:"listen"`
		// Auth makes writes need the API token or a wallet signature. It
		// may be off only while the API listens on loopback, and then every
		// local caller may write.
		Auth bool `toml:"auth"`
		// GatewayListen serves the IPFS gateway (/ipfs/<cid>) on host:port,
		// an origin of its own: user content is never served on the API's
		// origin, where a page could act as the local user. Empty: no
		// gateway.
		GatewayListen string `toml:"gateway_listen"`
		// Operators are wallets, besides the node's own, that may act as
		// the node's operators (pin, gc, agents, scripts, private reads).
		Operators []string `toml:"operators"`
		// Hosts are names the API is reached by (behind a proxy, say),
		// besides its listen address: a signed request names its host, and
		// one for another host is refused.
		Hosts []string `toml:"hosts"`
		// OpenReads lets anyone read the event history, audit, errors,
		// stream and metrics of an API that is not on loopback.
		OpenReads bool `toml:"open_reads"`
	} `toml:"api"`
	Workflows struct {
		// Admit is whose workflows the node runs: everyone (within the
		// quotas), allowlist (the operators and Allow) or stake (the
		// operators and owners with at least MinStake CERE in escrow).
		Admit string `toml:"admit"`
		// Allow are the owners an allowlist admits besides the operators.
		Allow []string `toml:"allow"`
		// MinStake is the CERE an owner keeps in escrow to be admitted
		// under stake, and under everyone to be a member rather than a guest
		// (a decimal amount, as "100"; "0" under everyone: no one is).
		MinStake string `toml:"min_stake"`
	} `toml:"workflows"`
	// Quotas bound the guests: owners the node admits only because it
	// admits everyone (not operators, not on Allow, without MinStake in
	// escrow). Each guest has its own quotas, and all guests together a
	// share of the node, so that a thousand throwaway wallets cannot take
	// what the node's members use.
	Quotas struct {
		// GuestWorkflows is how many workflows each guest keeps here, and
		// GuestsWorkflows how many all guests keep together.
		GuestWorkflows  int `toml:"guest_workflows"`
		GuestsWorkflows int `toml:"guests_workflows"`
		// GuestBytes is how many bytes of workflow documents, every version
		// kept, each guest pins here.
		GuestBytes int `toml:"guest_bytes"`
		// GuestExecutions is how many executions each guest starts a second.
		GuestExecutions int `toml:"guest_executions"`
		// GuestTime is the execution time each guest uses a second (a
		// duration, as 100ms).
		GuestTime string `toml:"guest_time"`
		// GuestsSlots is how many executions and signed requests of
		// guests the node runs at once, all guests together, taking turns
		// owner by owner (0: half the processors, at least one).
		GuestsSlots int `toml:"guests_slots"`
		// GuestsTime is the time the node spends on guests a second, their
		// executions and requests together (a duration, as 250ms: a
		// quarter of one processor).
		GuestsTime string `toml:"guests_time"`
		// GuestRequests is how many signed API requests each guest makes a
		// second, and GuestsRequests how many all guests make together.
		GuestRequests  int `toml:"guest_requests"`
		GuestsRequests int `toml:"guests_requests"`
	} `toml:"quotas"`
	Store struct {
		// SyncWrites makes every write reach the disk (fsync) before it is
		// acknowledged, so an acknowledged event survives a power loss, not
		// only a crash of the daemon.
		SyncWrites bool `toml:"sync_writes"`
	} `toml:"store"`
	Log struct {
		Level  string `toml:"level"`
		Format string `toml:"format"`
	} `toml:"log"`
	Blocks struct {
		// MaxUpload is the largest body POST /api/v1/blocks takes, in bytes.
		MaxUpload int64 `toml:"max_upload"`
		// Replicas is how many peers a put asks to pin copies (0: none).
		Replicas int `toml:"replicas"`
	} `toml:"blocks"`
	Agents struct {
		// MinInstances and MaxInstances bound each sustained Docker agent's
		// warm containers.
		MinInstances int `toml:"min_instances"`
		MaxInstances int `toml:"max_instances"`
		// IdleTimeout removes a warm container unused this long (a
		// duration, as 5m).
		IdleTimeout string `toml:"idle_timeout"`
		// GPUs is how many GPUs this node lends to agents.
		GPUs int `toml:"gpus"`
	} `toml:"agents"`
	Chain struct {
		// Mode is embedded (a dev chain kept in the data dir, with the
		// contracts deployed on first start), rpc (an external chain at
		// RPC, whose contracts Contracts names) or off. Empty: rpc when RPC
		// is set, else embedded.
		Mode string `toml:"mode"`
		// RPC is an external chain's JSON-RPC URL.
		RPC string `toml:"rpc"`
		// Contracts is a JSON file of the network's contract addresses, as
		// cere chain status --output json prints them.
		Contracts string `toml:"contracts"`
		// RPCListen serves the embedded chain's JSON-RPC on host:port
		// (empty: not served).
		RPCListen string `toml:"rpc_listen"`
		// Confirmations is how many blocks hold a transaction before it
		// counts as done.
		Confirmations int `toml:"confirmations"`
		// GasCap is the most gas one transaction of the node may use.
		GasCap int `toml:"gas_cap"`
		// SettleEvery is how often the node settles the usage it metered
		// (a duration; 0: only at cere settle).
		SettleEvery string `toml:"settle_every"`
	} `toml:"chain"`
	Errors struct {
		// SentryDSN, when set, sends error groups' occurrences to a
		// Sentry-compatible endpoint.
		SentryDSN string `toml:"sentry_dsn"`
	} `toml:"errors"`
}

// quotas are the engine's quotas for guests, from the [quotas] table.
func (c *Config) quotas() workflow.Quotas {
	q := workflow.DefaultQuotas()
	q.Workflows = c.Quotas.GuestWorkflows
	q.AllWorkflows = c.Quotas.GuestsWorkflows
	q.Bytes = int64(c.Quotas.GuestBytes)
	q.Executions = c.Quotas.GuestExecutions
	if d, err := time.ParseDuration(c.Quotas.GuestTime); err == nil {
		q.Time = d
	}
	if c.Quotas.GuestsSlots > 0 {
		q.Slots = c.Quotas.GuestsSlots
	}
	if d, err := time.ParseDuration(c.Quotas.GuestsTime); err == nil {
		q.AllTime = d
	}
	return q
}

// ConfigFile is the name of the config file inside the data dir.
const ConfigFile = "config.toml"

// DefaultConfig returns the defaults for a node whose data lives in dataDir.
func DefaultConfig(dataDir string) Config {
	var c Config
	c.DataDir = dataDir
	c.P2P.Listen = []string{"/ip4/0.0.0.0/tcp/7351", "/ip4/0.0.0.0/udp/7351/quic-v1"}
	c.P2P.Bootstrap = []string{}
	c.P2P.MDNS = true
	c.P2P.Labels = map[string]string{}
	c.API.Listen = "127.0.0.1:7350"
	c.API.Auth = true
	c.API.GatewayListen = "127.0.0.1:7352"
	c.API.Operators = []string{}
	c.Workflows.Admit = "everyone"
	c.Workflows.Allow = []string{}
	c.Workflows.MinStake = "0"
	c.Quotas.GuestWorkflows = 10
	c.Quotas.GuestsWorkflows = 2000
	c.Quotas.GuestBytes = 2 << 20
	c.Quotas.GuestExecutions = 20
	c.Quotas.GuestTime = "100ms"
	c.Quotas.GuestsTime = "250ms"
	c.Quotas.GuestRequests = 20
	c.Quotas.GuestsRequests = 100
	c.API.Hosts = []string{}
	c.Log.Level = "info"
	c.Log.Format = "text"
	c.Blocks.MaxUpload = 4 << 30
	c.Blocks.Replicas = 3
	c.Agents.MinInstances = 0
	c.Agents.MaxInstances = 4
	c.Agents.IdleTimeout = "5m"
	c.Chain.Confirmations = 1
	c.Chain.GasCap = 15_000_000
	c.Chain.SettleEvery = "1m"
	return c
}

// ConfigError is a bad value in the config file, the environment or a flag:
// it names where the value came from and the key.
type ConfigError struct {
	Source string // "/path/config.toml:12", "environment CERE_LOG_LEVEL", "flag --log-level"
	Key    string // "log.level"
	Err    error
}

func (e *ConfigError) Error() string {
	if e.Key == "" {
		return fmt.Sprintf("%s: %v", e.Source, e.Err)
	}
	return fmt.Sprintf("%s: key %s: %v", e.Source, e.Key, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

// LoadConfig returns the defaults for dataDir overlaid with its config.toml,
// if there is one. Unknown keys, wrong types and bad values are errors that
// name the file, the line and the key.
func LoadConfig(dataDir string) (Config, error) {
	c := DefaultConfig(dataDir)
	path := filepath.Join(dataDir, ConfigFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, &ConfigError{Source: path, Err: err}
	}
	dec := toml.NewDecoder(bytes.NewReader(data)).DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		var derr *toml.DecodeError
		var serr *toml.StrictMissingError
		switch {
		case errors.As(err, &serr) && len(serr.Errors) > 0:
			first := serr.Errors[0]
			row, _ := first.Position()
			return c, &ConfigError{Source: fmt.Sprintf("%s:%d", path, row), Key: strings.Join(first.Key(), "."), Err: errors.New("unknown key")}
		case errors.As(err, &derr):
			row, _ := derr.Position()
			msg := derr.Error()
			// go-toml names Go types in a type mismatch; say it in TOML's words.
			if want := tomlType(reflect.TypeFor[Config](), derr.Key()); want != "" && len(derr.Key()) > 0 && strings.Contains(msg, "cannot decode") {
				msg = "wrong type: want " + want
			}
			return c, &ConfigError{Source: fmt.Sprintf("%s:%d", path, row), Key: strings.Join(derr.Key(), "."), Err: errors.New(msg)}
		default:
			return c, &ConfigError{Source: path, Err: err}
		}
	}
	if key, err := c.validate(); err != nil {
		return c, &ConfigError{Source: fmt.Sprintf("%s:%d", path, lineOf(data, key)), Key: key, Err: err}
	}
	return c, nil
}

// tomlType describes, in TOML's words, the type of the field at key.
func tomlType(t reflect.Type, key []string) string {
	for _, k := range key {
		if t.Kind() != reflect.Struct {
			return ""
		}
		found := false
		for i := range t.NumField() {
			if f := t.Field(i); strings.Split(f.Tag.Get("toml"), ",")[0] == k {
				t, found = f.Type, true
				break
			}
		}
		if !found {
			return ""
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		return "a boolean (true or false)"
	case reflect.String:
		return "a string in double quotes"
	case reflect.Slice:
		return "an array of strings, like [\"a\", \"b\"]"
	case reflect.Map:
		return "a table of strings"
	case reflect.Struct:
		return "a table"
	}
	return ""
}

// validate checks every value and returns the key of the first bad one.
func (c *Config) validate() (string, error) {
	for _, s := range Settings {
		if s.check == nil {
			continue
		}
		if err := s.check(c); err != nil {
			return s.Key, err
		}
	}
	switch c.ChainMode() {
	case "rpc":
		if c.Chain.RPC == "" {
			return "chain.rpc", errors.New("the chain is in rpc mode: its JSON-RPC URL is needed (--chain-rpc)")
		}
		if c.Chain.Contracts == "" {
			return "chain.contracts", errors.New("the chain is in rpc mode: the file of its contracts' addresses is needed (--chain-contracts)")
		}
		if c.Chain.RPCListen != "" {
			return "chain.rpc_listen", errors.New("only the embedded chain is served; this node uses an external one")
		}
	case "embedded":
		if c.Chain.RPC != "" {
			return "chain.rpc", errors.New("set with chain.mode embedded: drop one (an RPC URL means an external chain)")
		}
		if c.Chain.Contracts != "" {
			return "chain.contracts", errors.New("names an external chain's contracts, but the chain is the embedded one (it records its own)")
		}
	}
	if c.Agents.MaxInstances < c.Agents.MinInstances {
		return "agents.max_instances", fmt.Errorf("%d: below agents.min_instances (%d)", c.Agents.MaxInstances, c.Agents.MinInstances)
	}
	return "", nil
}

// lineOf finds the line where a dotted key ("api.listen") is set in a TOML
// document, or 0. go-toml reports positions for syntax and type errors only.
func lineOf(data []byte, key string) int {
	table, name := "", key
	if i := strings.LastIndex(key, "."); i >= 0 {
		table, name = key[:i], key[i+1:]
	}
	current := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			current = strings.Trim(line, "[] ")
			continue
		}
		k, _, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k = strings.Trim(strings.TrimSpace(k), `"`)
		if (current == table && k == name) || (current == "" && k == key) {
			return n
		}
	}
	return 0
}

// Setting is one configuration value as it appears in config.toml (Key), on
// the command line (Flag) and in the environment (Env, derived from Flag).
type Setting struct {
	Key   string
	Flag  string
	Usage string
	// List settings take a flag many times, or a comma-separated env value.
	List bool
	// Bool settings are flags without a value.
	Bool bool
	// Set applies a value from a flag or the environment; Get reads it back
	// in the same form (for defaults in help).
	Set   func(c *Config, values []string) error
	Get   func(c *Config) []string
	check func(c *Config) error
}

// Env is the environment variable of a setting: CERE_ and the flag name in
// upper case with dashes as underscores.
func (s Setting) Env() string {
	return "CERE_" + strings.ToUpper(strings.ReplaceAll(s.Flag, "-", "_"))
}

// Settings are the node's settings that flags and the environment can set,
// in the order `cere daemon --help` lists them.
var Settings = []Setting{
	{
		Key: "p2p.listen", Flag: "listen", List: true,
		Usage: "libp2p listen multiaddr (repeatable)",
		Get:   func(c *Config) []string { return c.P2P.Listen },
		Set:   func(c *Config, v []string) error { c.P2P.Listen = v; return nil },
		check: func(c *Config) error {
			if len(c.P2P.Listen) == 0 {
				return errors.New("at least one listen address is needed")
			}
			for _, a := range c.P2P.Listen {
				if _, err := ma.NewMultiaddr(a); err != nil {
					return fmt.Errorf("%q is not a multiaddr: %v", a, err)
				}
			}
			return nil
		},
	},
	{
		Key: "p2p.bootstrap", Flag: "bootstrap", List: true,
		Usage: "multiaddr of a peer to join through, ending in /p2p/<peer id> (repeatable)",
		Get:   func(c *Config) []string { return c.P2P.Bootstrap },
		Set:   func(c *Config, v []string) error { c.P2P.Bootstrap = v; return nil },
		check: func(c *Config) error {
			for _, a := range c.P2P.Bootstrap {
				if _, err := peer.AddrInfoFromString(a); err != nil {
					return fmt.Errorf("%q is not a multiaddr ending in /p2p/<peer id>: %v", a, err)
				}
			}
			return nil
		},
	},
	{
		Key: "p2p.mdns", Flag: "no-mdns", Bool: true,
		Usage: "do not discover peers on the LAN with mDNS",
		Get:   func(c *Config) []string { return []string{strconv.FormatBool(!c.P2P.MDNS)} },
		Set: func(c *Config, v []string) error {
			off, err := strconv.ParseBool(v[0])
			if err != nil {
				return fmt.Errorf("%q is not true or false", v[0])
			}
			c.P2P.MDNS = !off
			return nil
		},
	},
	{
		Key: "p2p.labels", Flag: "label", List: true,
		Usage: "label k=v announced to peers, for placement (repeatable)",
		Get: func(c *Config) []string {
			var out []string
			for k, v := range c.P2P.Labels {
				out = append(out, k+"="+v)
			}
			slices.Sort(out)
			return out
		},
		Set: func(c *Config, v []string) error {
			for _, kv := range v {
				k, val, ok := strings.Cut(kv, "=")
				if !ok || k == "" {
					return fmt.Errorf("%q is not k=v", kv)
				}
				c.P2P.Labels[k] = val
			}
			return nil
		},
	},
	{
		Key: "api.listen", Flag: "api-listen",
		Usage: "host:port of the HTTP API, WebSocket and dashboard",
		Get:   func(c *Config) []string { return []string{c.API.Listen} },
		Set:   func(c *Config, v []string) error { c.API.Listen = v[0]; return nil },
		check: func(c *Config) error {
			host, port, err := net.SplitHostPort(c.API.Listen)
			if err != nil {
				return fmt.Errorf("%q is not host:port", c.API.Listen)
			}
			if _, err := strconv.ParseUint(port, 10, 16); err != nil {
				return fmt.Errorf("%q: port %q is not a number below 65536", c.API.Listen, port)
			}
			if !c.API.Auth && !isLoopbackHost(host) {
				return fmt.Errorf("%q is not loopback, and api.auth is off: anyone who reaches it could write; turn auth on or listen on 127.0.0.1", c.API.Listen)
			}
			return nil
		},
	},
	{
		Key: "api.gateway_listen", Flag: "gateway-listen",
		Usage: "host:port of the IPFS gateway (/ipfs/<cid>), an origin apart from the API's; empty: none",
		Get:   func(c *Config) []string { return []string{c.API.GatewayListen} },
		Set:   func(c *Config, v []string) error { c.API.GatewayListen = v[0]; return nil },
		check: func(c *Config) error {
			if c.API.GatewayListen == "" {
				return nil
			}
			_, port, err := net.SplitHostPort(c.API.GatewayListen)
			if err != nil {
				return fmt.Errorf("%q is not host:port", c.API.GatewayListen)
			}
			if _, err := strconv.ParseUint(port, 10, 16); err != nil {
				return fmt.Errorf("%q: port %q is not a number below 65536", c.API.GatewayListen, port)
			}
			if c.API.GatewayListen == c.API.Listen && port != "0" {
				return fmt.Errorf("%q is the API's address: the gateway needs an origin of its own", c.API.GatewayListen)
			}
			return nil
		},
	},
	{
		Key: "api.operators", Flag: "operators", List: true,
		Usage: "wallet (0x…) that may act as an operator of this node, besides its own (repeatable)",
		Get:   func(c *Config) []string { return c.API.Operators },
		Set:   func(c *Config, v []string) error { c.API.Operators = v; return nil },
		check: func(c *Config) error { return checkWallets(c.API.Operators) },
	},
	{
		Key: "api.hosts", Flag: "api-host", List: true,
		Usage: "a name the API is reached by besides its listen address, as a proxy's (repeatable)",
		Get:   func(c *Config) []string { return c.API.Hosts },
		Set:   func(c *Config, v []string) error { c.API.Hosts = v; return nil },
		check: func(c *Config) error {
			for _, h := range c.API.Hosts {
				if h == "" || strings.ContainsAny(h, ":/ ") && net.ParseIP(h) == nil {
					return fmt.Errorf("%q is not a host name or address (no port, no scheme)", h)
				}
			}
			return nil
		},
	},
	boolSetting("api.open_reads", "api-open-reads", "let anyone read events, audit, errors, the stream and metrics of an API off loopback",
		func(c *Config) *bool { return &c.API.OpenReads }),
	{
		Key: "workflows.admit", Flag: "admit",
		Usage: "whose workflows the node runs: everyone (within quotas), allowlist (operators and --allow) or stake (operators and owners with --min-stake CERE in escrow)",
		Get:   func(c *Config) []string { return []string{c.Workflows.Admit} },
		Set:   func(c *Config, v []string) error { c.Workflows.Admit = v[0]; return nil },
		check: func(c *Config) error {
			switch c.Workflows.Admit {
			case "everyone", "allowlist":
				return nil
			case "stake":
				if c.Chain.Mode == "off" {
					return fmt.Errorf("stake needs a chain to read escrow from, and chain.mode is off")
				}
				return nil
			}
			return fmt.Errorf("%q is not one of everyone, allowlist, stake", c.Workflows.Admit)
		},
	},
	{
		Key: "workflows.allow", Flag: "allow", List: true,
		Usage: "an owner (0x…) admitted by name: the allowlist, and a member rather than a guest under everyone (repeatable)",
		Get:   func(c *Config) []string { return c.Workflows.Allow },
		Set:   func(c *Config, v []string) error { c.Workflows.Allow = v; return nil },
		check: func(c *Config) error { return checkWallets(c.Workflows.Allow) },
	},
	{
		Key: "workflows.min_stake", Flag: "min-stake",
		Usage: "CERE an owner keeps in escrow to be admitted when --admit is stake, and to be a member rather than a guest under everyone (a decimal amount)",
		Get:   func(c *Config) []string { return []string{c.Workflows.MinStake} },
		Set:   func(c *Config, v []string) error { c.Workflows.MinStake = v[0]; return nil },
		check: func(c *Config) error {
			if _, err := chain.ParseAmount(c.Workflows.MinStake, 18); err != nil {
				return fmt.Errorf("%q: %v", c.Workflows.MinStake, err)
			}
			return nil
		},
	},
	intSetting("quotas.guest_workflows", "guest-workflows", "workflows each guest (an owner admitted only because the node admits everyone) keeps here", 0, 100,
		func(c *Config) *int { return &c.Quotas.GuestWorkflows }),
	intSetting("quotas.guests_workflows", "guests-workflows", "workflows all guests keep here together", 0, 10_000,
		func(c *Config) *int { return &c.Quotas.GuestsWorkflows }),
	intSetting("quotas.guest_bytes", "guest-bytes", "bytes of workflow documents (every version) each guest pins here", 0, 1<<30,
		func(c *Config) *int { return &c.Quotas.GuestBytes }),
	intSetting("quotas.guest_executions", "guest-executions", "executions each guest starts a second", 0, 100_000,
		func(c *Config) *int { return &c.Quotas.GuestExecutions }),
	{
		Key: "quotas.guest_time", Flag: "guest-time",
		Usage: "execution time each guest uses a second (a duration, as 100ms)",
		Get:   func(c *Config) []string { return []string{c.Quotas.GuestTime} },
		Set:   func(c *Config, v []string) error { c.Quotas.GuestTime = v[0]; return nil },
		check: func(c *Config) error {
			if d, err := time.ParseDuration(c.Quotas.GuestTime); err != nil || d < time.Millisecond || d > time.Minute {
				return fmt.Errorf("%q: want a duration from 1ms to 1m, as 100ms", c.Quotas.GuestTime)
			}
			return nil
		},
	},
	intSetting("quotas.guests_slots", "guests-slots", "executions and signed requests of guests the node runs at once, all together, owner by owner (0: half the processors)", 0, 1024,
		func(c *Config) *int { return &c.Quotas.GuestsSlots }),
	{
		Key: "quotas.guests_time", Flag: "guests-time",
		Usage: "time the node spends on guests a second, their executions and requests together (a duration, as 250ms)",
		Get:   func(c *Config) []string { return []string{c.Quotas.GuestsTime} },
		Set:   func(c *Config, v []string) error { c.Quotas.GuestsTime = v[0]; return nil },
		check: func(c *Config) error {
			if d, err := time.ParseDuration(c.Quotas.GuestsTime); err != nil || d < time.Millisecond || d > time.Hour {
				return fmt.Errorf("%q: want a duration from 1ms to 1h, as 250ms", c.Quotas.GuestsTime)
			}
			return nil
		},
	},
	intSetting("quotas.guest_requests", "guest-requests", "signed API requests each guest makes a second", 1, 100_000,
		func(c *Config) *int { return &c.Quotas.GuestRequests }),
	intSetting("quotas.guests_requests", "guests-requests", "signed API requests all guests make a second together", 1, 1_000_000,
		func(c *Config) *int { return &c.Quotas.GuestsRequests }),
	boolSetting("store.sync_writes", "sync-writes", "fsync every write before acknowledging it (survives power loss; slower)",
		func(c *Config) *bool { return &c.Store.SyncWrites }),
	boolSetting("api.auth", "api-auth", "require the API token or a wallet signature for writes; false trusts every local caller of a loopback API",
		func(c *Config) *bool { return &c.API.Auth }),
	{
		Key: "log.level", Flag: "log-level",
		Usage: "debug, info, warn or error",
		Get:   func(c *Config) []string { return []string{c.Log.Level} },
		Set:   func(c *Config, v []string) error { c.Log.Level = v[0]; return nil },
		check: func(c *Config) error {
			switch c.Log.Level {
			case "debug", "info", "warn", "error":
				return nil
			}
			return fmt.Errorf("%q is not one of debug, info, warn, error", c.Log.Level)
		},
	},
	{
		Key: "log.format", Flag: "log-format",
		Usage: "text or json",
		Get:   func(c *Config) []string { return []string{c.Log.Format} },
		Set:   func(c *Config, v []string) error { c.Log.Format = v[0]; return nil },
		check: func(c *Config) error {
			if c.Log.Format != "text" && c.Log.Format != "json" {
				return fmt.Errorf("%q is not text or json", c.Log.Format)
			}
			return nil
		},
	},
	{
		Key: "blocks.max_upload", Flag: "max-upload",
		Usage: "largest upload POST /api/v1/blocks takes, in bytes",
		Get:   func(c *Config) []string { return []string{strconv.FormatInt(c.Blocks.MaxUpload, 10)} },
		Set: func(c *Config, v []string) error {
			n, err := strconv.ParseInt(v[0], 10, 64)
			if err != nil {
				return fmt.Errorf("%q is not a number of bytes", v[0])
			}
			c.Blocks.MaxUpload = n
			return nil
		},
		check: func(c *Config) error {
			if c.Blocks.MaxUpload <= 0 {
				return fmt.Errorf("%d: must be above zero", c.Blocks.MaxUpload)
			}
			return nil
		},
	},
	intSetting("blocks.replicas", "replicas", "how many peers each upload asks to pin a copy (0: none)", 0, 16,
		func(c *Config) *int { return &c.Blocks.Replicas }),
	intSetting("agents.min_instances", "agent-min-instances", "warm containers kept for each sustained Docker agent", 0, 64,
		func(c *Config) *int { return &c.Agents.MinInstances }),
	intSetting("agents.max_instances", "agent-max-instances", "most containers each Docker agent runs at once (at least agents.min_instances)", 1, 256,
		func(c *Config) *int { return &c.Agents.MaxInstances }),
	{
		Key: "agents.idle_timeout", Flag: "agent-idle-timeout",
		Usage: "remove a warm agent container unused this long",
		Get:   func(c *Config) []string { return []string{c.Agents.IdleTimeout} },
		Set:   func(c *Config, v []string) error { c.Agents.IdleTimeout = v[0]; return nil },
		check: func(c *Config) error {
			d, err := time.ParseDuration(c.Agents.IdleTimeout)
			if err != nil || d < time.Second {
				return fmt.Errorf("%q: want a duration of a second or more, as 5m", c.Agents.IdleTimeout)
			}
			return nil
		},
	},
	intSetting("agents.gpus", "gpus", "how many GPUs this node lends to agents", 0, 64,
		func(c *Config) *int { return &c.Agents.GPUs }),
	{
		Key: "chain.mode", Flag: "chain",
		Usage: "embedded (a dev chain in the data dir), rpc (--chain-rpc) or off; empty: rpc when --chain-rpc is set, else embedded",
		Get:   func(c *Config) []string { return []string{c.Chain.Mode} },
		Set:   func(c *Config, v []string) error { c.Chain.Mode = v[0]; return nil },
		check: func(c *Config) error {
			switch c.Chain.Mode {
			case "", "embedded", "rpc", "off":
				return nil
			}
			return fmt.Errorf("%q is not one of embedded, rpc, off", c.Chain.Mode)
		},
	},
	{
		Key: "chain.rpc", Flag: "chain-rpc",
		Usage: "JSON-RPC URL of an external chain (http, https, ws or wss)",
		Get:   func(c *Config) []string { return []string{c.Chain.RPC} },
		Set:   func(c *Config, v []string) error { c.Chain.RPC = v[0]; return nil },
		check: func(c *Config) error {
			if c.Chain.RPC == "" {
				return nil
			}
			u, err := url.Parse(c.Chain.RPC)
			if err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
				return fmt.Errorf("%q is not an http, https, ws or wss URL", c.Chain.RPC)
			}
			return nil
		},
	},
	{
		Key: "chain.contracts", Flag: "chain-contracts",
		Usage: "JSON file of the external chain's contract addresses, as cere chain status --output json prints them",
		Get:   func(c *Config) []string { return []string{c.Chain.Contracts} },
		Set:   func(c *Config, v []string) error { c.Chain.Contracts = v[0]; return nil },
	},
	{
		Key: "chain.rpc_listen", Flag: "chain-rpc-listen",
		Usage: "serve the embedded chain's JSON-RPC on host:port, for other nodes and tools (empty: off)",
		Get:   func(c *Config) []string { return []string{c.Chain.RPCListen} },
		Set:   func(c *Config, v []string) error { c.Chain.RPCListen = v[0]; return nil },
		check: func(c *Config) error {
			if c.Chain.RPCListen == "" {
				return nil
			}
			host, port, err := net.SplitHostPort(c.Chain.RPCListen)
			if err != nil || host == "" {
				return fmt.Errorf("%q is not host:port (as 127.0.0.1:8545)", c.Chain.RPCListen)
			}
			if p, err := strconv.ParseUint(port, 10, 16); err != nil || p == 0 {
				return fmt.Errorf("%q: port %q is not a number from 1 to 65535 (other nodes need to know it)", c.Chain.RPCListen, port)
			}
			return nil
		},
	},
	intSetting("chain.confirmations", "chain-confirmations", "blocks that must hold the node's transaction before it counts as done", 1, 64,
		func(c *Config) *int { return &c.Chain.Confirmations }),
	intSetting("chain.gas_cap", "chain-gas-cap", "most gas one transaction of the node may use", 21_000, 1_000_000_000,
		func(c *Config) *int { return &c.Chain.GasCap }),
	{
		Key: "chain.settle_every", Flag: "chain-settle-every",
		Usage: "settle the usage this node metered this often (0: only at cere settle)",
		Get:   func(c *Config) []string { return []string{c.Chain.SettleEvery} },
		Set:   func(c *Config, v []string) error { c.Chain.SettleEvery = v[0]; return nil },
		check: func(c *Config) error {
			if d, err := time.ParseDuration(c.Chain.SettleEvery); err != nil || d < 0 || (d > 0 && d < time.Second) {
				return fmt.Errorf("%q: want a duration of a second or more, as 1m, or 0", c.Chain.SettleEvery)
			}
			return nil
		},
	},
	{
		Key: "errors.sentry_dsn", Flag: "sentry-dsn",
		Usage: "send errors to this Sentry-compatible DSN (empty: off)",
		Get:   func(c *Config) []string { return []string{c.Errors.SentryDSN} },
		Set:   func(c *Config, v []string) error { c.Errors.SentryDSN = v[0]; return nil },
		check: func(c *Config) error {
			if c.Errors.SentryDSN == "" {
				return nil
			}
			if _, err := sentry.NewDsn(c.Errors.SentryDSN); err != nil {
				return fmt.Errorf("not a DSN: %v", err)
			}
			return nil
		},
	},
}

// intSetting is a setting of a whole number in [lo, hi].
func intSetting(key, flag, usage string, lo, hi int, field func(*Config) *int) Setting {
	return Setting{
		Key: key, Flag: flag, Usage: usage,
		Get: func(c *Config) []string { return []string{strconv.Itoa(*field(c))} },
		Set: func(c *Config, v []string) error {
			n, err := strconv.Atoi(v[0])
			if err != nil {
				return fmt.Errorf("%q is not a number", v[0])
			}
			*field(c) = n
			return nil
		},
		check: func(c *Config) error {
			if n := *field(c); n < lo || n > hi {
				return fmt.Errorf("%d: want %d to %d", n, lo, hi)
			}
			return nil
		},
	}
}

// checkWallets refuses a list with an entry that is not a wallet address.
func checkWallets(list []string) error {
	for _, a := range list {
		if !common.IsHexAddress(a) {
			return fmt.Errorf("%q is not a wallet address (0x and 40 hex digits)", a)
		}
	}
	return nil
}

// boolSetting is a setting of a bool field, set with a flag of no value
// (--flag, or --flag=false).
func boolSetting(key, flag, usage string, field func(*Config) *bool) Setting {
	return Setting{
		Key: key, Flag: flag, Usage: usage, Bool: true,
		Get: func(c *Config) []string { return []string{strconv.FormatBool(*field(c))} },
		Set: func(c *Config, v []string) error {
			on, err := strconv.ParseBool(v[0])
			if err != nil {
				return fmt.Errorf("%q is not true or false", v[0])
			}
			*field(c) = on
			return nil
		},
	}
}

// Validate checks the whole config after flags and the environment have
// been applied; source says where the last values came from.
func (c *Config) Validate(source func(key string) string) error {
	if key, err := c.validate(); err != nil {
		return &ConfigError{Source: source(key), Key: key, Err: err}
	}
	return nil
}

// ChainMode is the chain the node uses: embedded, rpc or off.
func (c *Config) ChainMode() string {
	switch {
	case c.Chain.Mode != "":
		return c.Chain.Mode
	case c.Chain.RPC != "":
		return "rpc"
	}
	return "embedded"
}

func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// defaultConfigText is written to config.toml on first start: every setting
// with its default, so an operator sees what can be changed.
const defaultConfigText = `# Cere node configuration. Flags and CERE_* environment variables override it.

[p2p]
# libp2p listen multiaddrs.
listen = ["/ip4/0.0.0.0/tcp/7351", "/ip4/0.0.0.0/udp/7351/quic-v1"]
# Peers to join through, each ending in /p2p/<peer id>. There is no public list.
bootstrap = []
# Discover peers on the LAN with mDNS.
mdns = true

[p2p.labels]
# region = "eu-west"

[api]
# The HTTP API, WebSocket and dashboard. A write needs the node's API token
# (api.token in the data dir; the daemon leaves a copy where its user's cere
# CLI finds it) or a wallet's signature, on loopback too.
listen = "127.0.0.1:7350"
# The IPFS gateway (/ipfs/<cid>), on an origin of its own so that no content
# is ever served on the API's origin; empty: none.
gateway_listen = "127.0.0.1:7352"
# false lets every local caller of a loopback API write without the token
# (other users of this machine too): only where nothing else runs.
auth = true
# Wallets that may act as operators besides the node's own: pin, gc, agents,
# scripts, and, off loopback, read events, audit, errors, stream, metrics.
operators = []
# Names the API is reached by besides its listen address (a proxy's).
hosts = []
# Let anyone read events, audit, errors, the stream and metrics off loopback.
open_reads = false

[workflows]
# Whose workflows this node runs: "everyone" (within the quotas per owner),
# "allowlist" (the operators and allow) or "stake" (the operators and owners
# with at least min_stake CERE in escrow on the chain: wallets cost nothing,
# stake costs money).
admit = "everyone"
allow = []
min_stake = "0"

[quotas]
# Guests are owners this node admits only because it admits everyone: not
# operators, not on workflows.allow, without workflows.min_stake in escrow.
# Each has these quotas, and all together a share of the node, so that
# throwaway wallets cannot take what the members use. Over a quota, an
# execution waits its turn or is refused with an error on the stream, and a
# request gets 429.
guest_workflows = 10
guests_workflows = 2000
guest_bytes = 2097152        # workflow documents, every version kept
guest_executions = 20        # a second
guest_time = "100ms"         # execution time a second
guests_slots = 0             # guests' executions and requests at once (0: half the processors)
guests_time = "250ms"        # the node's time for all guests together, a second
guest_requests = 20          # signed API requests a second
guests_requests = 100

[store]
# fsync every write before it is acknowledged: an acknowledged event then
# survives a power loss, not only a crash. Costs throughput.
sync_writes = false

[log]
level = "info"   # debug, info, warn, error
format = "text"  # text, json

[blocks]
# The largest upload POST /api/v1/blocks takes, in bytes (4 GiB).
max_upload = 4294967296
# How many peers each upload asks to pin a copy, so content outlives this node.
replicas = 3

[agents]
# Warm containers kept for each sustained Docker agent, and the most each
# agent runs at once; a warm container unused for idle_timeout is removed.
min_instances = 0
max_instances = 4
idle_timeout = "5m"
# GPUs this node lends to agents that ask for them (0: none).
gpus = 0

[chain]
# Where usage and revenue settle. embedded: a dev chain kept in the data
# dir, the contracts deployed on first start and this node's wallet funded
# with test ETH and CERE. rpc: an external chain at rpc, whose contracts are
# listed in the JSON file contracts. off: no chain. Empty: rpc when rpc is
# set, else embedded.
mode = ""
rpc = ""
contracts = ""
# Serve the embedded chain's JSON-RPC here (as "127.0.0.1:8545"), so other
# nodes can share it; empty: not served.
rpc_listen = ""
# Blocks that must hold a transaction of this node before it counts as done.
confirmations = 1
# The most gas one transaction of this node may use.
gas_cap = 15000000
# Settle the usage this node metered this often ("0s": only at cere settle).
settle_every = "1m"

[errors]
# Send errors (grouped as in cere errors) to a Sentry-compatible endpoint.
# Off when empty; nothing else leaves the node for it.
sentry_dsn = ""
`
