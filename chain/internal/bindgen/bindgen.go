// Package bindgen makes the chain package's contract bindings from
// contracts/combined.json with abigen v2, for make contracts and for the
// test that keeps the committed bindings in step with the committed JSON.
package bindgen

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Generate returns the Go source of package pkg binding every contract in
// combined (solc's combined JSON: {"contracts": {"FILE:NAME": {"abi",
// "bin"}}}), in name order.
func Generate(combined []byte, pkg string) (string, error) {
	var doc struct {
		Contracts map[string]struct {
			ABI json.RawMessage `json:"abi"`
			Bin string          `json:"bin"`
		} `json:"contracts"`
	}
	if err := json.Unmarshal(combined, &doc); err != nil {
		return "", fmt.Errorf("combined json: %w", err)
	}
	var names, types, abis, bins []string
	for name := range doc.Contracts {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		c := doc.Contracts[name]
		_, typ, _ := strings.Cut(name, ":")
		types = append(types, typ)
		abis = append(abis, string(c.ABI))
		bins = append(bins, c.Bin)
	}
	return abigen.BindV2(types, abis, bins, pkg, map[string]string{}, map[string]string{})
}
