package api

import (
	"errors"
	"os"
	"runtime"
	"strings"
	"testing"
)

// TestLocalToken: the CLI reads a token file that is its user's alone, and
// refuses one that others may read or write, or that another user owns,
// with an error that names the file and what to do.
func TestLocalToken(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes say nothing of who may read a file on Windows")
	}
	t.Setenv("CERE_TOKEN_DIR", t.TempDir())
	const base = "http://127.0.0.1:7350"
	if tok, err := LocalToken(base); tok != "" || err != nil {
		t.Fatalf("no file: %q, %v; want none and no error", tok, err)
	}
	path, err := TokenFile(base)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("secret\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if tok, err := LocalToken(base); tok != "secret" || err != nil {
		t.Fatalf("private file: %q, %v; want the token", tok, err)
	}
	for _, mode := range []os.FileMode{0o640, 0o620, 0o604, 0o602, 0o644} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		tok, err := LocalToken(base)
		if !errors.Is(err, ErrTokenFileExposed) || tok != "" {
			t.Errorf("mode %04o: %q, %v; want ErrTokenFileExposed", mode, tok, err)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, path) || !strings.Contains(msg, "chmod 600 "+path) {
			t.Errorf("mode %04o: %q does not name the file and chmod 600", mode, msg)
		}
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	// Only root can give a file away to another user.
	if os.Getuid() == 0 {
		if err := os.Chown(path, 65534, 65534); err != nil {
			t.Fatal(err)
		}
		tok, err := LocalToken(base)
		if !errors.Is(err, ErrTokenFileExposed) || tok != "" || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "remove it") {
			t.Errorf("another user's file: %q, %v; want ErrTokenFileExposed naming the file and what to do", tok, err)
		}
		if err := os.Chown(path, 0, 0); err != nil {
			t.Fatal(err)
		}
	}
	// Something else in the file's place is refused, not waited on.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if _, err := LocalToken(base); !errors.Is(err, ErrTokenFileExposed) {
		t.Errorf("a folder in the file's place: %v, want ErrTokenFileExposed", err)
	}
}
