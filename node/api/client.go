package api

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultURL is where a node's API listens unless told otherwise.
const DefaultURL = "http://127.0.0.1:7350"

// Client talks to one node's HTTP API.
type Client struct {
	base string
	http *http.Client
	// key, when set, signs every write (needed when the API is not on loopback).
	key *ecdsa.PrivateKey
}

// NewClient returns a client of the node at base (e.g. DefaultURL). key may
// be nil; with it, writes carry the wallet's signature.
func NewClient(base string, key *ecdsa.PrivateKey) *Client {
	return &Client{base: strings.TrimRight(base, "/"), http: &http.Client{Timeout: 30 * time.Second}, key: key}
}

// ErrUnreachable is wrapped when no node answers at the client's URL.
var ErrUnreachable = errors.New("no node answers")

// Do sends a request to path (under the base URL) with in as its JSON body
// (nil for none) and decodes the JSON answer into out (nil to discard it).
// A non-2xx answer is returned as *Error.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	var body []byte
	if in != nil {
		var err error
		if body, err = json.Marshal(in); err != nil {
			return fmt.Errorf("%s %s: encode request: %w", method, path, err)
		}
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.key != nil && method != http.MethodGet && method != http.MethodHead {
		if err := SignRequest(req, body, c.key, time.Now()); err != nil {
			return err
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("%w at %s (is `cere daemon` running? set --api or CERE_API): %w", ErrUnreachable, c.base, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("%s %s: read answer: %w", method, path, err)
	}
	if resp.StatusCode/100 != 2 {
		e := &Error{Status: resp.StatusCode}
		if json.Unmarshal(data, e) != nil || e.Message == "" {
			e.Message = fmt.Sprintf("%s %s: %s", method, path, resp.Status)
		}
		return e
	}
	if out == nil {
		return nil
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("%s %s: decode answer: %w", method, path, err)
	}
	return nil
}

// Status returns GET /api/v1/status.
func (c *Client) Status(ctx context.Context) (*Status, error) {
	var s Status
	if err := c.Do(ctx, http.MethodGet, "/api/v1/status", nil, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// Peers returns GET /api/v1/peers.
func (c *Client) Peers(ctx context.Context) ([]Peer, error) {
	var peers []Peer
	if err := c.Do(ctx, http.MethodGet, "/api/v1/peers", nil, &peers); err != nil {
		return nil, err
	}
	return peers, nil
}
