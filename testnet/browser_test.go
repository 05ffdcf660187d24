package testnet

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cerestack/cere/node/api"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// chromium returns the path of Debian's Chromium, which `make deps` installs.
// Without it the test skips, except under CI or as root, where it fails:
// there it must run.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" || os.Geteuid() == 0 {
		t.Fatal("chromium is not installed (apt-get install chromium, as scripts/deps.sh does): the browser tests must run here")
	}
	t.Skip("chromium is not installed (apt-get install chromium, or run make deps as root)")
	return ""
}

// browser starts a headless Chromium that talks to nothing but loopback,
// and returns a context to drive it with.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.NoSandbox, // CI runs as root, where Chromium's sandbox cannot start
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-gpu", true),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancel = context.WithTimeout(ctx, 4*time.Minute)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// writeRoutes is every route of the API that writes or spends, with a body
// that would be accepted from the node's operator.
var writeRoutes = []struct{ method, path, body string }{
	{"POST", "/api/v1/events", `{"specversion":"1.0","id":"evil-1","source":"evil","type":"sensor.reading","data":{"temp":99}}`},
	{"POST", "/api/v1/workflows", `{"document":"name: evil\nnodes:\n  - id: t\n    kind: trigger\n    event: {type: x}\n"}`},
	{"POST", "/api/v1/workflows/validate", `{"document":"name: evil\n"}`},
	{"DELETE", "/api/v1/workflows/OWNER/flow", `{}`},
	{"POST", "/api/v1/chain/send", `{"to":"0x000000000000000000000000000000000000dEaD","amount":"1","token":"eth"}`},
	{"POST", "/api/v1/chain/deposit", `{"amount":"1"}`},
	{"POST", "/api/v1/chain/withdraw/request", `{"amount":"1"}`},
	{"POST", "/api/v1/chain/withdraw", `{}`},
	{"POST", "/api/v1/chain/claim", `{}`},
	{"POST", "/api/v1/chain/mandate", `{"operator":"0x000000000000000000000000000000000000dEaD","limit":"1"}`},
	{"POST", "/api/v1/chain/settle", `{}`},
	{"POST", "/api/v1/agents/evil@1.0.0/publish", `{}`},
	{"POST", "/api/v1/agents", `{"cid":"bafkqaaa"}`},
	{"POST", "/api/v1/agents/evil@1.0.0/invoke", `{"input":{}}`},
	{"POST", "/api/v1/agents/evil@1.0.0/model", `{"cid":"bafkqaaa"}`},
	{"POST", "/api/v1/blocks", `evil bytes`},
	{"POST", "/api/v1/blocks/CID/pin", ``},
	{"DELETE", "/api/v1/blocks/CID/pin", ``},
	{"POST", "/api/v1/blocks/CID/replicate", `{}`},
	{"POST", "/api/v1/blocks/gc", `{}`},
	{"POST", "/api/v1/blocks/verify", `{}`},
	{"POST", "/api/v1/scripts/run", `{"source":"return 1"}`},
	{"POST", "/api/v1/rules/test", `{}`},
	{"POST", "/api/v1/audit/verify", `{}`},
}

// hostilePage is a page that tries every write route of the API at base,
// each in the forms a page can send without asking the server first (a
// no-cors fetch of text/plain, a form's encoding) and with JSON, then puts
// its own origin in the title.
func hostilePage(base, owner, cid string) string {
	var calls []string
	for _, r := range writeRoutes {
		path := strings.NewReplacer("OWNER", owner, "CID", cid).Replace(r.path)
		body, _ := json.Marshal(r.body)
		for _, form := range []string{
			`{mode: "no-cors", headers: {"Content-Type": "text/plain"}}`,
			`{mode: "no-cors", headers: {"Content-Type": "application/x-www-form-urlencoded"}}`,
			`{headers: {"Content-Type": "application/json"}}`,
			`{mode: "no-cors", credentials: "include", headers: {"Content-Type": "text/plain"}}`,
		} {
			calls = append(calls, fmt.Sprintf(`fetch(%q, Object.assign({method: %q, body: %s}, %s))`, base+path, r.method, body, form))
		}
	}
	return `<!DOCTYPE html><html><head><title>loading</title></head><body><p>hostile page</p><script>
Promise.allSettled([` + strings.Join(calls, ",\n") + `]).then(() => { document.title = "done " + self.origin; });
</script></body></html>`
}

// TestHostilePage: a page served by the node's own gateway, and one of any
// other site, run their scripts in a real Chromium and send every write
// route of the API the requests a page can make; the API refuses every
// one of them, and nothing changed: no event, no workflow, no block pinned,
// no transaction from the node's wallet.
func TestHostilePage(t *testing.T) {
	ctx := browser(t)
	n := Start(t, Options{Chain: true})
	status := n.Status(t)
	if status.Gateway == "" || status.Gateway == n.API {
		t.Fatalf("gateway %q: want an origin apart from the API's %s", status.Gateway, n.API)
	}
	balance := func() api.Balance {
		var b api.Balance
		n.cliJSON(t, &b, "balance", "--output", "json")
		return b
	}
	before := balance()

	// The node's own gateway serves the page: user content, on its own
	// origin, sandboxed.
	dir := t.TempDir()
	page := filepath.Join(dir, "evil.html")
	if err := os.WriteFile(page, []byte(hostilePage(n.API, status.Wallet, "CIDPLACEHOLDER")), 0o600); err != nil {
		t.Fatal(err)
	}
	var added api.Added
	n.cliJSON(t, &added, "blocks", "put", page, "--output", "json")
	first := added.CID
	// A second page names the first's CID, so unpin aims at a real pin.
	if err := os.WriteFile(page, []byte(hostilePage(n.API, status.Wallet, added.CID)), 0o600); err != nil {
		t.Fatal(err)
	}
	n.cliJSON(t, &added, "blocks", "put", page, "--output", "json")
	gatewayURL := status.Gateway + "/ipfs/" + added.CID
	resp, err := http.Get(gatewayURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox") || resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("gateway answer: Content-Security-Policy %q, X-Content-Type-Options %q; want a sandbox and nosniff", csp, resp.Header.Get("X-Content-Type-Options"))
	}
	// Nothing user-supplied is served on the API's origin.
	resp, err = http.Get(n.API + "/ipfs/" + added.CID)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode/100 == 2 {
		t.Fatalf("GET /ipfs/ on the API's origin: %d, want no content", resp.StatusCode)
	}

	// Any other site: the same page from a server of its own.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	site := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, hostilePage(n.API, status.Wallet, added.CID))
	})}
	go site.Serve(ln)
	t.Cleanup(func() { site.Close() })

	// What the browser sent to the API and what it was answered, from the
	// browser's own network log (a page cannot read a no-cors answer).
	var mu sync.Mutex
	sent := map[network.RequestID]string{}
	answered := map[network.RequestID]int64{}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	lctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		for e, err := range chromedp.Events(lctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			if strings.HasPrefix(e.Request.URL, n.API+"/") && e.Request.Method != http.MethodOptions {
				mu.Lock()
				sent[e.RequestID] = e.Request.Method + " " + strings.TrimPrefix(e.Request.URL, n.API)
				mu.Unlock()
			}
		}
	}()
	go func() {
		for e, err := range chromedp.Events(lctx, network.ResponseReceived) {
			if err != nil {
				return
			}
			mu.Lock()
			answered[e.RequestID] = e.Response.Status
			mu.Unlock()
		}
	}()
	for _, tc := range []struct{ name, url, origin string }{
		{"the node's gateway", gatewayURL, "null"},
		{"another site", "http://" + ln.Addr().String() + "/", "http://" + ln.Addr().String()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			clear(sent)
			clear(answered)
			mu.Unlock()
			if err := chromedp.Do(ctx, chromedp.Navigate(tc.url)); err != nil {
				t.Fatal(err)
			}
			if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.title.startsWith("done")`, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
				t.Fatalf("the page did not finish: %v", err)
			}
			title, err := chromedp.Run(ctx, chromedp.Title())
			if err != nil {
				t.Fatal(err)
			}
			if title != "done "+tc.origin {
				t.Errorf("page title %q: want it done with the origin %s", title, tc.origin)
			}
			time.Sleep(200 * time.Millisecond) // the last network events
			mu.Lock()
			defer mu.Unlock()
			if len(sent) < len(writeRoutes) {
				t.Fatalf("the browser sent %d requests to the API, want at least one for each of the %d write routes", len(sent), len(writeRoutes))
			}
			codes := map[int64]int{}
			for id, req := range sent {
				code, ok := answered[id]
				if ok && code/100 == 2 {
					t.Errorf("%s from %s: answered %d", req, tc.name, code)
				}
				codes[code]++
			}
			t.Logf("%d requests from %s, none served; answers (0: none the browser saw): %v", len(sent), tc.name, codes)
		})
	}

	// Nothing changed.
	var events []api.Event
	n.cliJSON(t, &events, "events", "list", "--output", "json")
	if len(events) != 0 {
		t.Errorf("the pages recorded %d events: %+v", len(events), events)
	}
	var flows []json.RawMessage
	n.cliJSON(t, &flows, "workflow", "list", "--output", "json")
	if len(flows) != 0 {
		t.Errorf("the pages deployed workflows: %s", flows)
	}
	var pin api.BlockStatus
	n.cliJSON(t, &pin, "blocks", "status", first, "--output", "json")
	if !pin.Pinned || !pin.Local {
		t.Errorf("the first page's blocks: %+v; the pages unpinned or collected them", pin)
	}
	if after := balance(); after.ETH != before.ETH || after.CERE != before.CERE || after.Escrow != before.Escrow {
		t.Errorf("the node's wallet changed: %+v, then %+v", before, after)
	}
}
