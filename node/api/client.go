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
	"net/url"
	"strings"
	"time"
)

// DefaultURL is where a node's API listens unless told otherwise.
const DefaultURL = "http://127.0.0.1:7350"

// Client talks to one node's HTTP API.
type Client struct {
	base string
	http *http.Client // no timeout of its own: calls are bounded by their context
	// key, when set, signs every request as its wallet.
	key *ecdsa.PrivateKey
	// token, when set and key is not, is the node's API token: the client
	// acts as the node's operator.
	token string
}

// NewClient returns a client of the node at base (e.g. DefaultURL). key may
// be nil; with it, every request carries the wallet's signature.
func NewClient(base string, key *ecdsa.PrivateKey) *Client {
	return &Client{base: strings.TrimRight(base, "/"), http: &http.Client{}, key: key}
}

// WithToken makes the client present the node's API token (see LocalToken)
// on requests it does not sign, and returns it.
func (c *Client) WithToken(token string) *Client {
	c.token = token
	return c
}

// BearerPrefix starts the Authorization header that carries the API token.
const BearerPrefix = "Bearer "

// authenticate signs req (whose body is body) with the client's wallet, or
// gives it the API token. Set the signed headers (Content-Type, ce-*) first.
func (c *Client) authenticate(req *http.Request, body []byte) error {
	switch {
	case c.key != nil:
		return SignRequest(req, body, c.key, time.Now())
	case c.token != "":
		req.Header.Set("Authorization", BearerPrefix+c.token)
	}
	return nil
}

// Authenticate sets the headers that authenticate a request the caller
// builds itself (a WebSocket's, say), whose body is body.
func (c *Client) Authenticate(req *http.Request, body []byte) error {
	return c.authenticate(req, body)
}

// ErrUnreachable is wrapped when no node answers at the client's URL.
var ErrUnreachable = errors.New("no node answers")

// DefaultTimeout bounds a call whose context has no deadline.
const DefaultTimeout = 30 * time.Second

// Do sends a request to path (under the base URL) with in as its JSON body
// (nil for none) and decodes the JSON answer into out (nil to discard it).
// A non-2xx answer is returned as *Error.
func (c *Client) Do(ctx context.Context, method, path string, in, out any) error {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, DefaultTimeout)
		defer cancel()
	}
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
	if err := c.authenticate(req, body); err != nil {
		return err
	}
	resp, err := c.send(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 64<<20))
	if err != nil {
		return fmt.Errorf("%s %s: read answer: %w", method, path, err)
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

// maxSignedUpload is the most a signed upload may hold: the server reads a
// signed body whole to check its signature.
const maxSignedUpload = 8 << 20

// PutBlocks streams r to POST /api/v1/blocks and returns the root CID.
func (c *Client) PutBlocks(ctx context.Context, r io.Reader) (*Added, error) {
	const path = "/api/v1/blocks"
	var body io.Reader = r
	var signed []byte
	if c.key != nil {
		var err error
		if signed, err = io.ReadAll(io.LimitReader(r, maxSignedUpload+1)); err != nil {
			return nil, fmt.Errorf("read upload: %w", err)
		}
		if len(signed) > maxSignedUpload {
			return nil, fmt.Errorf("a signed upload (to an API that is not on loopback) holds at most %d bytes", maxSignedUpload)
		}
		body = bytes.NewReader(signed)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/octet-stream")
	if err := c.authenticate(req, signed); err != nil {
		return nil, err
	}
	resp, err := c.send(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out Added
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, fmt.Errorf("POST %s: decode answer: %w", path, err)
	}
	return &out, nil
}

// GetBlocks opens GET /api/v1/blocks/{cid}: the content and its size.
func (c *Client) GetBlocks(ctx context.Context, cid string) (io.ReadCloser, int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/api/v1/blocks/"+url.PathEscape(cid), nil)
	if err != nil {
		return nil, 0, err
	}
	if err := c.authenticate(req, nil); err != nil {
		return nil, 0, err
	}
	resp, err := c.send(req)
	if err != nil {
		return nil, 0, err
	}
	return resp.Body, resp.ContentLength, nil
}

// send does req and turns a non-2xx answer into *Error.
func (c *Client) send(req *http.Request) (*http.Response, error) {
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%w at %s (is `cere daemon` running? set --api or CERE_API): %w", ErrUnreachable, c.base, err)
	}
	if resp.StatusCode/100 != 2 {
		defer resp.Body.Close()
		data, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		e := &Error{Status: resp.StatusCode}
		if json.Unmarshal(data, e) != nil || e.Message == "" {
			e.Message = fmt.Sprintf("%s %s: %s", req.Method, req.URL.Path, resp.Status)
		}
		return nil, e
	}
	return resp, nil
}
