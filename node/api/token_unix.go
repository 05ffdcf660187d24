//go:build unix

package api

import (
	"fmt"
	"os"
	"syscall"
)

// openToken opens a token file for reading. A FIFO in its place would make
// an open for reading wait for a writer: O_NONBLOCK opens it at once, to be
// refused by checkPrivate, and changes nothing for a regular file.
func openToken(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}

// checkPrivate refuses a token file that is not a regular file, owned by
// this user, and readable and writable by this user only.
func checkPrivate(path string, info os.FileInfo) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("api token: %s is not a regular file (%s): %w; remove it, and restart the node to write it anew", path, info.Mode().Type(), ErrTokenFileExposed)
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && int(st.Uid) != os.Getuid() {
		return fmt.Errorf("api token: %s belongs to user %d, not to you (user %d): %w; remove it, and restart the node to write it anew", path, st.Uid, os.Getuid(), ErrTokenFileExposed)
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("api token: %s may be read or written by other users (mode %04o): %w; run chmod 600 %s", path, perm, ErrTokenFileExposed, path)
	}
	return nil
}
