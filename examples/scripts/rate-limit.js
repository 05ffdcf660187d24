// Rate limit: let at most env.max (default 10) events of this type per
// device through in env.per (default "1m"); the rest are dropped.
const max = env.max ?? 10;
const seen = history.count({ type: event.type, where: { device: data.device }, since: env.per || "1m" });
return { allowed: seen <= max, seen, max };
