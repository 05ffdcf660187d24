package node

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/google/uuid"
	"github.com/libp2p/go-libp2p/core/crypto"
)

// Files of the identity inside the data dir.
const (
	P2PKeyFile = "identity.key" // libp2p Ed25519 key, protobuf; like ipfs, unencrypted, mode 0600
	WalletFile = "wallet.json"  // secp256k1 wallet, go-ethereum keystore v3
	EDEKFile   = "edek.json"    // X25519 key for EDEKs, encrypted like the wallet
)

// Scrypt cost of the keystore files: go-ethereum's "light" parameters (4 MiB,
// tens of milliseconds), because the daemon unlocks its wallet at every start
// and must start in under a second on a small machine. The passphrase is
// still never stored; a stolen file costs an attacker scrypt per guess.
const (
	scryptN = keystore.LightScryptN
	scryptP = keystore.LightScryptP
)

// ErrWrongPassphrase is returned when the wallet does not open with the
// passphrase given.
var ErrWrongPassphrase = errors.New("wrong passphrase")

// Identity is who a node is: its peer key, its wallet and its EDEK key.
type Identity struct {
	P2PKey crypto.PrivKey
	Wallet *ecdsa.PrivateKey
	EDEK   *ecdh.PrivateKey
}

// Passphrase supplies the wallet passphrase; create is true when the wallet
// is about to be made (a prompt should then ask twice).
type Passphrase func(create bool) (string, error)

// LoadIdentity opens the identity in dir, creating whatever part is missing.
func LoadIdentity(dir string, passphrase Passphrase) (*Identity, error) {
	id := &Identity{}
	var err error
	if id.P2PKey, err = loadP2PKey(filepath.Join(dir, P2PKeyFile)); err != nil {
		return nil, err
	}
	walletPath := filepath.Join(dir, WalletFile)
	_, statErr := os.Stat(walletPath)
	creating := errors.Is(statErr, os.ErrNotExist)
	pass, err := passphrase(creating)
	if err != nil {
		return nil, fmt.Errorf("wallet %s: %w", walletPath, err)
	}
	if id.Wallet, err = loadWallet(walletPath, pass, creating); err != nil {
		return nil, err
	}
	if id.EDEK, err = loadEDEKKey(filepath.Join(dir, EDEKFile), pass); err != nil {
		return nil, err
	}
	return id, nil
}

func loadP2PKey(path string) (crypto.PrivKey, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		key, _, err := crypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("generate peer key: %w", err)
		}
		raw, err := crypto.MarshalPrivateKey(key)
		if err != nil {
			return nil, fmt.Errorf("encode peer key: %w", err)
		}
		if err := writeFileAtomic(path, raw); err != nil {
			return nil, err
		}
		return key, nil
	}
	if err != nil {
		return nil, fmt.Errorf("peer key: %w", err)
	}
	key, err := crypto.UnmarshalPrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("peer key %s: %w", path, err)
	}
	return key, nil
}

func loadWallet(path, pass string, create bool) (*ecdsa.PrivateKey, error) {
	if create {
		priv, err := ethcrypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("generate wallet: %w", err)
		}
		if err := WriteWallet(path, pass, priv); err != nil {
			return nil, err
		}
		return priv, nil
	}
	return OpenWallet(path, pass)
}

// WriteWallet encrypts a wallet's key with pass into a keystore file at
// path, as the node's own wallet is kept. It never replaces a file.
func WriteWallet(path, pass string, priv *ecdsa.PrivateKey) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("wallet %s: the file exists; it is never replaced", path)
	}
	key := &keystore.Key{Id: uuid.New(), Address: ethcrypto.PubkeyToAddress(priv.PublicKey), PrivateKey: priv}
	data, err := keystore.EncryptKey(key, pass, scryptN, scryptP)
	if err != nil {
		return fmt.Errorf("encrypt wallet: %w", err)
	}
	return writeFileAtomic(path, data)
}

// OpenWallet decrypts a keystore file.
func OpenWallet(path, pass string) (*ecdsa.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("wallet: %w", err)
	}
	key, err := keystore.DecryptKey(data, pass)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("wallet %s: %w", path, ErrWrongPassphrase)
	}
	if err != nil {
		return nil, fmt.Errorf("wallet %s: %w", path, err)
	}
	return key.PrivateKey, nil
}

func loadEDEKKey(path, pass string) (*ecdh.PrivateKey, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		key, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, fmt.Errorf("generate edek key: %w", err)
		}
		sealed, err := keystore.EncryptDataV3(key.Bytes(), []byte(pass), scryptN, scryptP)
		if err != nil {
			return nil, fmt.Errorf("encrypt edek key: %w", err)
		}
		out, err := json.Marshal(sealed)
		if err != nil {
			return nil, err
		}
		if err := writeFileAtomic(path, out); err != nil {
			return nil, err
		}
		return key, nil
	}
	if err != nil {
		return nil, fmt.Errorf("edek key: %w", err)
	}
	var sealed keystore.CryptoJSON
	if err := json.Unmarshal(data, &sealed); err != nil {
		return nil, fmt.Errorf("edek key %s: %w", path, err)
	}
	raw, err := keystore.DecryptDataV3(sealed, pass)
	if err != nil {
		return nil, fmt.Errorf("edek key %s: %w", path, ErrWrongPassphrase)
	}
	key, err := ecdh.X25519().NewPrivateKey(raw)
	if err != nil {
		return nil, fmt.Errorf("edek key %s: %w", path, err)
	}
	return key, nil
}

// writeFileAtomic writes data to path with mode 0600 through a synced
// temporary file and a rename, so a crash leaves the old file or the new one.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
