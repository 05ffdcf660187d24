package p2p

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
)

// Validation outcomes a Check returns to tell the router what to do with a
// message. Any other error counts as ErrReject.
var (
	// ErrReject marks a message as provably bad: it is dropped and the peer
	// that forwarded it loses score.
	ErrReject = errors.New("reject")
	// ErrIgnore marks a message as useless but not malicious (stale, a
	// duplicate, from the future): it is dropped without a penalty.
	ErrIgnore = errors.New("ignore")
)

// Check is a topic's own validation of an envelope whose signature and
// freshness have already been checked. origin is the peer that published the
// message (its pubsub signature is verified); it may differ from the author,
// who may be a wallet. It returns the decoded payload, which subscribers get
// as Message.Payload, so a payload is decoded once per node.
type Check func(ctx context.Context, origin peer.ID, env *Envelope) (any, error)

// Message is a verified envelope delivered to a subscriber.
type Message struct {
	// From is the peer that published the message (the pubsub author).
	From peer.ID
	// Envelope is the verified envelope, decoded once by the validator.
	Envelope *Envelope
	// Payload is what the topic's Check decoded, or nil without a Check.
	Payload any
}

// validated is what a validator hands on to subscribers.
type validated struct {
	env     *Envelope
	payload any
}

// PubSub is the node's GossipSub router: strict pubsub signatures,
// content-hash message ids, peer scoring, and a validator on every topic.
type PubSub struct {
	ps      *pubsub.PubSub
	log     *slog.Logger
	results *prometheus.CounterVec
	mu      sync.Mutex
	topics  map[string]*Topic
	clock   func() time.Time
	scores  map[peer.ID]float64 // the last snapshot from the score inspector
}

// PubSubOptions tune the router; the zero value is what a node runs with.
type PubSubOptions struct {
	Logger     *slog.Logger
	Registerer prometheus.Registerer
	// Clock replaces time.Now in freshness checks (tests).
	Clock func() time.Time
}

// MessageID is the content hash of a message's data, so that the same
// envelope republished by anyone collapses into one message.
func MessageID(m *pb.Message) string {
	h := sha256.Sum256(m.Data)
	return string(h[:])
}

// Loopback networks are whitelisted from the IP colocation penalty: many
// nodes on one machine is how tests and local networks run.
var loopbackNets = []*net.IPNet{
	{IP: net.IPv4(127, 0, 0, 0), Mask: net.CIDRMask(8, 32)},
	{IP: net.IPv6loopback, Mask: net.CIDRMask(128, 128)},
}

// PeerScoreParams are the router-wide score parameters.
func PeerScoreParams() *pubsub.PeerScoreParams {
	return &pubsub.PeerScoreParams{
		SkipAtomicValidation:        true,
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -10,
		IPColocationFactorThreshold: 8,
		IPColocationFactorWhitelist: loopbackNets,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(time.Hour),
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
	}
}

// TopicScoreParams are the per-topic score parameters: first deliveries earn
// a little, invalid messages cost a lot and are remembered for hours. Mesh
// delivery quotas are off because most of our topics are quiet.
func TopicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		SkipAtomicValidation:           true,
		TopicWeight:                    1,
		TimeInMeshWeight:               0.01,
		TimeInMeshQuantum:              time.Second,
		TimeInMeshCap:                  100,
		FirstMessageDeliveriesWeight:   1,
		FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(10 * time.Minute),
		FirstMessageDeliveriesCap:      50,
		InvalidMessageDeliveriesWeight: -100,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(6 * time.Hour),
	}
}

// PeerScoreThresholds are where gossip, publishing and all traffic to a
// peer stop as its score falls.
func PeerScoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             -500,
		PublishThreshold:            -1000,
		GraylistThreshold:           -2500,
		AcceptPXThreshold:           10,
		OpportunisticGraftThreshold: 5,
	}
}

// NewPubSub starts a GossipSub router on h. It stops when ctx ends.
func NewPubSub(ctx context.Context, h host.Host, o PubSubOptions) (*PubSub, error) {
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	p := &PubSub{log: o.Logger, topics: map[string]*Topic{}, clock: o.Clock}
	p.results = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "cere_pubsub_validation_total",
		Help: "Gossiped messages by topic and validation result.",
	}, []string{"topic", "result"})
	if o.Registerer != nil {
		if err := o.Registerer.Register(p.results); err != nil {
			return nil, fmt.Errorf("pubsub: register metrics: %w", err)
		}
	}
	opts := []pubsub.Option{
		pubsub.WithMessageSignaturePolicy(pubsub.StrictSign),
		pubsub.WithMessageIdFn(MessageID),
		pubsub.WithPeerScore(PeerScoreParams(), PeerScoreThresholds()),
		pubsub.WithPeerExchange(true),
		pubsub.WithMaxMessageSize(4 << 20),
		// Remember message ids for as long as an envelope counts as fresh,
		// so a replay inside that window is recognised as a duplicate.
		pubsub.WithSeenMessagesTTL(2 * MaxClockSkew),
		// The router logs its life cycle at info; only its warnings matter to an operator.
		pubsub.WithLogger(slog.New(minLevel{o.Logger.Handler(), slog.LevelWarn}).With("component", "gossipsub")),
	}
	inspect := func(scores map[peer.ID]float64) {
		p.mu.Lock()
		p.scores = scores
		p.mu.Unlock()
	}
	opts = append(opts, pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(inspect), time.Second))
	ps, err := pubsub.NewGossipSub(ctx, h, opts...)
	if err != nil {
		return nil, fmt.Errorf("pubsub: %w", err)
	}
	p.ps = ps
	return p, nil
}

// Topic is a joined topic whose messages are all envelopes of one payload type.
type Topic struct {
	name        string
	payloadType string
	t           *pubsub.Topic
	parent      *PubSub
}

// Join joins topic name, whose envelopes must carry payloadType, and installs
// its validator: decode the envelope once (the result is handed to
// subscribers), reject a wrong type or a bad signature, ignore a stale or
// future time, then run check (which may be nil).
func (p *PubSub) Join(name, payloadType string, check Check) (*Topic, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if _, ok := p.topics[name]; ok {
		return nil, fmt.Errorf("pubsub: topic %s already joined", name)
	}
	validate := func(ctx context.Context, from peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		res, err := p.validate(ctx, from, m, payloadType, check)
		label := "accept"
		switch res {
		case pubsub.ValidationReject:
			label = "reject"
		case pubsub.ValidationIgnore:
			label = "ignore"
		}
		p.results.WithLabelValues(name, label).Inc()
		if err != nil {
			p.log.Debug("gossip message dropped", "topic", name, "from", from, "result", label, "err", err)
		}
		return res
	}
	if err := p.ps.RegisterTopicValidator(name, pubsub.ValidatorEx(validate)); err != nil {
		return nil, fmt.Errorf("pubsub: topic %s: validator: %w", name, err)
	}
	t, err := p.ps.Join(name)
	if err != nil {
		_ = p.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("pubsub: join %s: %w", name, err)
	}
	if err := t.SetScoreParams(TopicScoreParams()); err != nil {
		_ = t.Close()
		_ = p.ps.UnregisterTopicValidator(name)
		return nil, fmt.Errorf("pubsub: topic %s: score params: %w", name, err)
	}
	topic := &Topic{name: name, payloadType: payloadType, t: t, parent: p}
	p.topics[name] = topic
	return topic, nil
}

func (p *PubSub) validate(ctx context.Context, from peer.ID, m *pubsub.Message, payloadType string, check Check) (pubsub.ValidationResult, error) {
	env, err := Unmarshal(m.Data)
	if err != nil {
		return pubsub.ValidationReject, err
	}
	if env.Type != payloadType {
		return pubsub.ValidationReject, fmt.Errorf("payload type %q, want %q", env.Type, payloadType)
	}
	if err := env.Verify(); err != nil {
		return pubsub.ValidationReject, err
	}
	if !env.Fresh(p.clock()) {
		return pubsub.ValidationIgnore, fmt.Errorf("time %s is more than %s off", time.UnixMilli(env.Time).UTC().Format(time.RFC3339), MaxClockSkew)
	}
	var payload any
	if check != nil {
		if payload, err = check(ctx, m.GetFrom(), env); err != nil {
			if errors.Is(err, ErrIgnore) {
				return pubsub.ValidationIgnore, err
			}
			return pubsub.ValidationReject, err
		}
	}
	m.ValidatorData = validated{env: env, payload: payload}
	return pubsub.ValidationAccept, nil
}

// Score returns the router's score of a peer, as of at most a second ago.
func (p *PubSub) Score(id peer.ID) float64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.scores[id]
}

// Name returns the topic's name.
func (t *Topic) Name() string { return t.name }

// Publish seals payload in an envelope signed by s and publishes it.
func (t *Topic) Publish(ctx context.Context, s Signer, payload any) error {
	env, err := Seal(s, t.payloadType, payload, t.parent.clock())
	if err != nil {
		return err
	}
	return t.PublishSealed(ctx, env)
}

// PublishSealed publishes an envelope someone else sealed (a user's signed
// submission); it must be of the topic's payload type.
func (t *Topic) PublishSealed(ctx context.Context, env *Envelope) error {
	if env.Type != t.payloadType {
		return fmt.Errorf("topic %s: payload type %q, want %q", t.name, env.Type, t.payloadType)
	}
	data, err := env.Marshal()
	if err != nil {
		return fmt.Errorf("topic %s: %w", t.name, err)
	}
	if err := t.t.Publish(ctx, data); err != nil {
		return fmt.Errorf("topic %s: publish: %w", t.name, err)
	}
	return nil
}

// Subscription delivers a topic's validated messages.
type Subscription struct {
	sub *pubsub.Subscription
}

// Subscribe starts delivering the topic's validated messages, this node's
// own included.
func (t *Topic) Subscribe() (*Subscription, error) {
	sub, err := t.t.Subscribe(pubsub.WithBufferSize(256))
	if err != nil {
		return nil, fmt.Errorf("topic %s: subscribe: %w", t.name, err)
	}
	return &Subscription{sub: sub}, nil
}

// Next waits for the next message. It fails when ctx ends or the
// subscription is cancelled.
func (s *Subscription) Next(ctx context.Context) (*Message, error) {
	m, err := s.sub.Next(ctx)
	if err != nil {
		return nil, err
	}
	v, ok := m.ValidatorData.(validated)
	if !ok {
		return nil, fmt.Errorf("topic %s: message without a validated envelope", s.sub.Topic())
	}
	return &Message{From: m.GetFrom(), Envelope: v.env, Payload: v.payload}, nil
}

// Consume subscribes to the topic and hands each validated message (this
// node's own included) to handle, in order, on a goroutine that spawn
// starts, until ctx ends.
func (t *Topic) Consume(ctx context.Context, spawn func(func()), handle func(*Message)) error {
	sub, err := t.Subscribe()
	if err != nil {
		return err
	}
	spawn(func() {
		defer sub.Cancel()
		for {
			m, err := sub.Next(ctx)
			if err != nil {
				return
			}
			handle(m)
		}
	})
	return nil
}

// Cancel stops the subscription.
func (s *Subscription) Cancel() { s.sub.Cancel() }

// ListPeers returns the peers this node knows to be subscribed to the topic.
func (t *Topic) ListPeers() []peer.ID { return t.t.ListPeers() }

// Close leaves every joined topic. Subscriptions must be cancelled first.
func (p *PubSub) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	var errs []error
	for name, t := range p.topics {
		_ = p.ps.UnregisterTopicValidator(name)
		if err := t.t.Close(); err != nil {
			errs = append(errs, fmt.Errorf("leave %s: %w", name, err))
		}
		delete(p.topics, name)
	}
	return errors.Join(errs...)
}

// minLevel drops records below a level before they reach the handler.
type minLevel struct {
	slog.Handler
	level slog.Level
}

func (m minLevel) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= m.level && m.Handler.Enabled(ctx, l)
}

func (m minLevel) WithAttrs(attrs []slog.Attr) slog.Handler {
	return minLevel{m.Handler.WithAttrs(attrs), m.level}
}

func (m minLevel) WithGroup(name string) slog.Handler {
	return minLevel{m.Handler.WithGroup(name), m.level}
}
