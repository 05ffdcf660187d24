package node

import (
	"bytes"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"

	ethcrypto "github.com/ethereum/go-ethereum/crypto"
)

func TestIdentity(t *testing.T) {
	dir := t.TempDir()
	pass := func(p string) Passphrase { return func(bool) (string, error) { return p, nil } }

	first, err := LoadIdentity(dir, pass("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	again, err := LoadIdentity(dir, pass("correct horse"))
	if err != nil {
		t.Fatal(err)
	}
	if !first.P2PKey.Equals(again.P2PKey) || !first.Wallet.Equal(again.Wallet) || !first.EDEK.Equal(again.EDEK) {
		t.Fatal("a second load made new keys")
	}
	if _, err := LoadIdentity(dir, pass("wrong")); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: err = %v, want ErrWrongPassphrase", err)
	}

	secret := hex.EncodeToString(ethcrypto.FromECDSA(first.Wallet))
	for _, f := range []string{P2PKeyFile, WalletFile, EDEKFile} {
		info, err := os.Stat(filepath.Join(dir, f))
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("%s has mode %o, want 600", f, info.Mode().Perm())
		}
		data, _ := os.ReadFile(filepath.Join(dir, f))
		edekHex := hex.EncodeToString(first.EDEK.Bytes())
		for _, plain := range [][]byte{[]byte("correct horse"), []byte(secret), []byte(edekHex), first.EDEK.Bytes()} {
			if bytes.Contains(data, plain) {
				t.Errorf("%s holds a secret in plain text", f)
			}
		}
	}
}
