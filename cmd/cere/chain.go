package main

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"time"

	"github.com/cerestack/cere/chain"
	"github.com/cerestack/cere/node"
	"github.com/cerestack/cere/node/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"
)

func newChainCmd(g *globals) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "chain",
		Short: "The chain where usage and revenue settle",
		Args:  noArgs,
	}
	var rpc, token, supply, fees string
	var decimals uint8
	var feeBps, operatorBps uint16
	var delay time.Duration
	deploy := &cobra.Command{
		Use:   "deploy --rpc URL --keystore FILE",
		Short: "Deploy the contracts to a chain, to start a new network",
		Long: `Deploy the contracts (AgentRegistry, LicenceNFT, UsageSettlement, and a
CereToken unless --token names the token to use) to the chain at --rpc, from
the wallet in --keystore, which pays the gas. It prints the contracts'
addresses: the "contracts" object that nodes of the network are given.

This talks to the chain, not to a node.

--output json prints {"token", "registry", "licences", "settlement"}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if rpc == "" {
				return usageError{errors.New("--rpc: the chain's RPC URL is required")}
			}
			if g.keystore == "" {
				return usageError{errors.New("--keystore: the wallet that deploys (and pays the gas) is required")}
			}
			pass, ok := os.LookupEnv("CERE_PASSPHRASE")
			if !ok {
				var err error
				if pass, err = promptPassphrase(false); err != nil {
					return err
				}
			}
			key, err := node.OpenWallet(g.keystore, pass)
			if err != nil {
				return err
			}
			terms := chain.Terms{Decimals: decimals, FeeBps: feeBps, OperatorBps: operatorBps, WithdrawDelay: delay}
			if token != "" {
				if !common.IsHexAddress(token) {
					return usageError{fmt.Errorf("--token %q: not an address", token)}
				}
				terms.Token = common.HexToAddress(token)
			}
			if fees != "" {
				if !common.IsHexAddress(fees) {
					return usageError{fmt.Errorf("--fee-recipient %q: not an address", fees)}
				}
				terms.FeeRecipient = common.HexToAddress(fees)
			}
			var whole bool
			if terms.Supply, whole = new(big.Int).SetString(supply, 10); !whole || terms.Supply.Sign() < 0 {
				return usageError{fmt.Errorf("--supply %q: not a whole number of the token's smallest unit", supply)}
			}
			client, err := ethclient.DialContext(cmd.Context(), rpc)
			if err != nil {
				return fmt.Errorf("chain %s: %w", rpc, err)
			}
			defer client.Close()
			deployer, err := chain.NewClient(cmd.Context(), client, key, chain.Contracts{}, chain.Options{Poll: time.Second})
			if err != nil {
				return fmt.Errorf("chain %s: %w", rpc, err)
			}
			contracts, err := chain.Deploy(cmd.Context(), deployer, terms)
			if err != nil {
				return err
			}
			if g.output == "json" {
				return printJSON(cmd.OutOrStdout(), contracts)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "token\t%s\nregistry\t%s\nlicences\t%s\nsettlement\t%s\n", contracts.Token, contracts.Registry, contracts.Licences, contracts.Settlement)
			return nil
		},
	}
	deploy.Flags().StringVar(&rpc, "rpc", "", "the chain's JSON-RPC URL")
	deploy.Flags().StringVar(&token, "token", "", "the CERE token's address (empty: deploy a CereToken, for a local network)")
	deploy.Flags().Uint8Var(&decimals, "decimals", 18, "decimals of a deployed CereToken")
	deploy.Flags().StringVar(&supply, "supply", "0", "a deployed CereToken's supply, in its smallest unit, minted to the deployer")
	deploy.Flags().StringVar(&fees, "fee-recipient", "", "who takes the protocol fee (empty: the deployer)")
	deploy.Flags().Uint16Var(&feeBps, "fee-bps", 500, "the protocol fee, in basis points of each payment")
	deploy.Flags().Uint16Var(&operatorBps, "operator-bps", 1000, "node operators' share, in basis points of each payment")
	deploy.Flags().DurationVar(&delay, "withdraw-delay", 24*time.Hour, "how long a payer's withdrawal waits (at least 1h)")
	cmd.AddCommand(deploy)
	cmd.AddCommand(&cobra.Command{
		Use:   "status",
		Short: "Print the node's chain: its mode, id, head block and contracts",
		Long: `Print the chain the node settles on: its mode (embedded, rpc or off), id,
head block, contracts, the node's wallet and whether the settlement
contract takes its receipts.

--output json prints {"mode", "chain_id", "block", "contracts": {"token",
"registry", "licences", "settlement"}, "wallet", "operator", "decimals"},
and "error" when the chain cannot be reached. Its output is what another
node's --chain-contracts reads.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := g.client()
			if err != nil {
				return err
			}
			var st api.ChainStatus
			if err := c.Do(cmd.Context(), http.MethodGet, "/api/v1/chain", nil, &st); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if g.output == "json" {
				return printJSON(out, st)
			}
			fmt.Fprintf(out, "mode        %s\n", st.Mode)
			if st.Contracts != nil {
				fmt.Fprintf(out, "chain id    %d\nblock       %d\ntoken       %s\nregistry    %s\nlicences    %s\nsettlement  %s\nwallet      %s\noperator    %v\n",
					st.ChainID, st.Block, st.Contracts.Token, st.Contracts.Registry, st.Contracts.Licences, st.Contracts.Settlement, st.Wallet, st.Operator)
			}
			if st.Error != "" {
				fmt.Fprintf(out, "error       %s\n", st.Error)
			}
			return nil
		},
	})
	return cmd
}
