// Debounce: pass an event on only if no event of the same type for the same
// device was emitted as env.output (default "alert.debounced") within
// env.quiet (default "5m").
const out = env.output || "alert.debounced";
const recent = history.count({ type: out, where: { device: data.device }, since: env.quiet || "5m" });
if (recent > 0) {
  return { passed: false, recent };
}
emit(out, data);
return { passed: true };
