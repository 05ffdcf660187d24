package store

import (
	"bytes"
	"crypto/rand"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p"
	routinghelpers "github.com/libp2p/go-libp2p-routing-helpers"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The local benchmarks move 64 MiB per operation; the network ones 100 MiB.
// Each has its limit beside it: the same bytes through a plain file, or a
// plain TCP connection over loopback.
const (
	localBytes = 64 << 20
	netBytes   = 100 << 20
)

func benchData(b *testing.B, n int) []byte {
	data := make([]byte, n)
	if _, err := rand.Read(data); err != nil {
		b.Fatal(err)
	}
	return data
}

func benchBlocks(b *testing.B, dir string) (*Blocks, host.Host) {
	st, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableRelay())
	if err != nil {
		b.Fatal(err)
	}
	bl, err := OpenBlocks(b.Context(), st, h, routinghelpers.Null{}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() {
		bl.Close()
		h.Close()
		st.Close()
	})
	return bl, h
}

func BenchmarkPut(b *testing.B) {
	data := benchData(b, localBytes)
	bl, _ := benchBlocks(b, b.TempDir())
	b.SetBytes(localBytes)
	for b.Loop() {
		data[0]++ // a new file each time, not a re-add of stored blocks
		if _, err := bl.Add(b.Context(), bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGet(b *testing.B) {
	data := benchData(b, localBytes)
	bl, _ := benchBlocks(b, b.TempDir())
	c, err := bl.Add(b.Context(), bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(localBytes)
	for b.Loop() {
		f, err := bl.Open(b.Context(), c)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// BenchmarkFileCopy is the limit of Put and Get: the same bytes written to
// a file and read back, on the same disk.
func BenchmarkFileCopy(b *testing.B) {
	data := benchData(b, localBytes)
	path := filepath.Join(b.TempDir(), "copy")
	b.SetBytes(localBytes)
	for b.Loop() {
		if err := os.WriteFile(path, data, 0o600); err != nil {
			b.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(io.Discard, f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// BenchmarkBitswapFetch fetches a 100 MiB file over bitswap from a peer on
// loopback into an empty store, each time a new one.
func BenchmarkBitswapFetch(b *testing.B) {
	data := benchData(b, netBytes)
	seed, seedHost := benchBlocks(b, b.TempDir())
	c, err := seed.Add(b.Context(), bytes.NewReader(data))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(netBytes)
	for b.Loop() {
		b.StopTimer()
		fetcher, h := benchBlocks(b, b.TempDir())
		if err := h.Connect(b.Context(), peer.AddrInfo{ID: seedHost.ID(), Addrs: seedHost.Addrs()}); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		fetch(b, fetcher, c)
	}
}

func fetch(b *testing.B, bl *Blocks, c cid.Cid) {
	f, err := bl.Open(b.Context(), c)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	if n, err := io.Copy(io.Discard, f); err != nil || n != netBytes {
		b.Fatalf("fetched %d bytes: %v", n, err)
	}
}

// BenchmarkLoopbackTCP is the limit of BitswapFetch: the same bytes over a
// plain TCP connection on loopback.
func BenchmarkLoopbackTCP(b *testing.B) {
	data := benchData(b, netBytes)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			conn.Write(data)
			conn.Close()
		}
	}()
	b.SetBytes(netBytes)
	for b.Loop() {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			b.Fatal(err)
		}
		if n, err := io.Copy(io.Discard, conn); err != nil || n != netBytes {
			b.Fatalf("read %d bytes: %v", n, err)
		}
		conn.Close()
	}
}
