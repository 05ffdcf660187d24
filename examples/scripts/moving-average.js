// Moving average: the average of env.field (default "temp") over the
// device's readings in the last env.window (default "10m"), from the
// node's event history.
const field = env.field || "temp";
const window = env.window || "10m";
const q = { type: event.type, where: { device: data.device }, since: window, field };
const avg = history.avg(q);
return { device: data.device, field, window, average: avg, readings: history.count(q), deviation: data[field] - avg };
