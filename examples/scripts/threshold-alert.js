// Threshold alert: emit alert.raised when a reading crosses env.limit
// (default 80) in env.field (default "temp").
const field = env.field || "temp";
const limit = env.limit ?? 80;
const value = data[field];
if (typeof value !== "number" || value <= limit) {
  return { alert: false };
}
const text = tmpl("Device {{device}}: " + field + " {{value | fixed:1}} is over {{limit}}", { device: data.device, value, limit });
emit("alert.raised", { device: data.device, field, value, limit, text });
return { alert: true, text };
