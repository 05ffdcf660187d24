package api

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// TokenEnv names the environment variable that gives a client the node's API
// token outright (for a node on another machine, whose token file is not
// here).
const TokenEnv = "CERE_API_TOKEN"

// TokenDir is the folder, private to this user, where the nodes this user
// runs leave their API tokens for the CLI: $CERE_TOKEN_DIR when set, else
// $XDG_RUNTIME_DIR/cere, else the user's cache folder's cere/api. The daemon
// writes a token there at start, so `cere` finds it from --api alone, as
// Jupyter's clients find its token in its runtime folder.
func TokenDir() (string, error) {
	if d := os.Getenv("CERE_TOKEN_DIR"); d != "" {
		return d, nil
	}
	if d := os.Getenv("XDG_RUNTIME_DIR"); d != "" {
		return filepath.Join(d, "cere"), nil
	}
	d, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("api token folder: %w (set CERE_TOKEN_DIR)", err)
	}
	return filepath.Join(d, "cere", "api"), nil
}

// TokenFile is the file in TokenDir that holds the token of the node whose
// API is at base (a URL such as http://127.0.0.1:7350). Loopback names are one
// address: localhost, 127.0.0.1 and ::1 all name the file of 127.0.0.1 and
// the port.
func TokenFile(base string) (string, error) {
	dir, err := TokenDir()
	if err != nil {
		return "", err
	}
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("api token: %q is not a URL such as %s", base, DefaultURL)
	}
	host, port := u.Hostname(), u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" {
			port = "443"
		}
	}
	if ip := net.ParseIP(host); host == "localhost" || (ip != nil && ip.IsLoopback()) {
		host = "127.0.0.1"
	}
	// Keep a name that is safe as a file name whatever the host.
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-':
			return r
		}
		return '_'
	}, host) + "_" + port + ".token"
	return filepath.Join(dir, name), nil
}

// ErrTokenFileExposed is wrapped by LocalToken when the token file is not
// this user's alone: another user could have read the token, or written
// one of their own for the CLI to send to a node of their choosing.
var ErrTokenFileExposed = errors.New("token file not private to this user")

// LocalToken returns the API token a node on this machine left for the
// clients of base, or "" when there is none. It refuses a file that is not
// this user's alone (ErrTokenFileExposed).
func LocalToken(base string) (string, error) {
	path, err := TokenFile(base)
	if err != nil {
		return "", err
	}
	f, err := openToken(path)
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("api token: %w", err)
	}
	defer f.Close()
	// The file opened is the one checked, whatever the path names by
	// then.
	info, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("api token: %w", err)
	}
	if err := checkPrivate(path, info); err != nil {
		return "", err
	}
	data, err := io.ReadAll(io.LimitReader(f, 4<<10))
	if err != nil {
		return "", fmt.Errorf("api token %s: %w", path, err)
	}
	return strings.TrimSpace(string(data)), nil
}
