// JSON reshape: map the fields of the event's data to new names, given as
// env.map ({"new.name": "old.path"}), with nested paths on both sides.
const get = (obj, path) => path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
const out = {};
for (const [to, from] of Object.entries(env.map || {})) {
  const keys = to.split(".");
  let node = out;
  for (const k of keys.slice(0, -1)) node = node[k] ??= {};
  node[keys[keys.length - 1]] = get(data, from);
}
return out;
