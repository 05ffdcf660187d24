package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cerestack/cere/node"
	"github.com/cerestack/cere/node/api"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

func newDaemonCmd() *cobra.Command {
	var dataDir string
	cmd := &cobra.Command{
		Use:   "daemon",
		Short: "Run a Cere node",
		Long: `Run a Cere node in the foreground until SIGINT or SIGTERM.

The first start creates the data dir: a libp2p Ed25519 key, a wallet
(go-ethereum keystore, passphrase from CERE_PASSPHRASE or a prompt), an
X25519 key for EDEKs, config.toml and the store. Later starts reuse them.

Settings come from flags, then CERE_* environment variables (the flag name
in upper case: --api-listen is CERE_API_LISTEN; lists are comma-separated),
then config.toml in the data dir, then the defaults.`,
		Args: noArgs,
	}
	defaults := node.DefaultConfig("")
	cmd.Flags().StringVar(&dataDir, "data", "", "data dir (env CERE_DATA, default ~/.cere)")
	for _, s := range node.Settings {
		usage := s.Usage + " (env " + s.Env() + ")"
		def := s.Get(&defaults)
		switch {
		case s.Bool:
			on, _ := strconv.ParseBool(def[0])
			cmd.Flags().Bool(s.Flag, on, usage)
		case s.List:
			cmd.Flags().StringArray(s.Flag, def, usage)
		default:
			cmd.Flags().String(s.Flag, def[0], usage)
		}
	}
	cmd.RunE = func(cmd *cobra.Command, args []string) error {
		cfg, err := daemonConfig(cmd, dataDir)
		if err != nil {
			return err
		}
		log := node.NewLogger(cfg, cmd.ErrOrStderr())
		node.TuneRuntime()
		n, err := node.New(cmd.Context(), cfg, daemonPassphrase(cfg.DataDir), log)
		if err != nil {
			return err
		}
		out := cmd.OutOrStdout()
		fmt.Fprintf(out, "Cere node is running.\n")
		fmt.Fprintf(out, "  dashboard  %s/\n", n.APIURL())
		fmt.Fprintf(out, "  peer id    %s\n", n.PeerID())
		fmt.Fprintf(out, "  wallet     %s\n", n.Wallet())
		fmt.Fprintf(out, "  data       %s\n", cfg.DataDir)
		if gw := n.GatewayURL(); gw != "" {
			fmt.Fprintf(out, "  gateway    %s/ipfs/<cid>\n", gw)
		}
		if f, err := api.TokenFile(n.APIURL()); err == nil {
			fmt.Fprintf(out, "  api token  %s (for this user's cere CLI)\n", f)
		}
		fmt.Fprintf(out, "Stop it with Ctrl-C.\n")
		return n.Wait(cmd.Context())
	}
	return cmd
}

// daemonConfig resolves the data dir and the settings: flags over CERE_*
// variables over config.toml over defaults.
func daemonConfig(cmd *cobra.Command, dataDir string) (node.Config, error) {
	if dataDir == "" {
		dataDir = os.Getenv("CERE_DATA")
	}
	if dataDir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return node.Config{}, fmt.Errorf("no --data and no home directory: %w", err)
		}
		dataDir = filepath.Join(home, ".cere")
	}
	dataDir, err := filepath.Abs(dataDir)
	if err != nil {
		return node.Config{}, err
	}
	cfg, err := node.LoadConfig(dataDir)
	if err != nil {
		return cfg, err
	}
	source := map[string]string{}
	for _, s := range node.Settings {
		f := cmd.Flags().Lookup(s.Flag)
		var values []string
		var from string
		switch {
		case f.Changed:
			from = "flag --" + s.Flag
			if s.List {
				values, _ = cmd.Flags().GetStringArray(s.Flag)
			} else {
				values = []string{f.Value.String()}
			}
		default:
			v, ok := os.LookupEnv(s.Env())
			if !ok {
				continue
			}
			from = "environment " + s.Env()
			values = []string{v}
			if s.List {
				values = strings.Split(v, ",")
			}
		}
		if err := s.Set(&cfg, values); err != nil {
			return cfg, &node.ConfigError{Source: from, Key: s.Key, Err: err}
		}
		source[s.Key] = from
	}
	err = cfg.Validate(func(key string) string {
		if from, ok := source[key]; ok {
			return from
		}
		return filepath.Join(dataDir, node.ConfigFile)
	})
	return cfg, err
}

// daemonPassphrase takes the wallet passphrase from CERE_PASSPHRASE, or asks
// on the terminal.
func daemonPassphrase(dataDir string) node.Passphrase {
	return func(create bool) (string, error) {
		if p, ok := os.LookupEnv("CERE_PASSPHRASE"); ok {
			return p, nil
		}
		if !term.IsTerminal(int(os.Stdin.Fd())) {
			return "", errors.New("no passphrase: set CERE_PASSPHRASE, or start the daemon in a terminal to be asked")
		}
		if create {
			fmt.Fprintf(os.Stderr, "Creating a wallet in %s.\n", dataDir)
		}
		return promptPassphrase(create)
	}
}

// promptPassphrase reads a passphrase from the terminal without echo, twice
// when a new wallet is being made.
func promptPassphrase(confirm bool) (string, error) {
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return "", errors.New("no passphrase: set CERE_PASSPHRASE")
	}
	fmt.Fprint(os.Stderr, "Wallet passphrase: ")
	p, err := term.ReadPassword(fd)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return "", fmt.Errorf("read passphrase: %w", err)
	}
	if confirm {
		fmt.Fprint(os.Stderr, "Repeat passphrase: ")
		again, err := term.ReadPassword(fd)
		fmt.Fprintln(os.Stderr)
		if err != nil {
			return "", fmt.Errorf("read passphrase: %w", err)
		}
		if string(again) != string(p) {
			return "", errors.New("the passphrases differ")
		}
		if len(p) == 0 {
			return "", errors.New("an empty passphrase protects nothing; choose one")
		}
	}
	return string(p), nil
}
