// The API client: query parameters in, JSON out; API errors become exceptions with the server's message.

export class ApiError extends Error {
  constructor(message, parameter, status) {
    super(message);
    this.parameter = parameter;
    this.status = status;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== null && v !== undefined && v !== '' && v !== false) q.set(k, String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export async function getJson(path, params) {
  const r = await fetch(path + query(params), { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await r.json();
  } catch (e) {
    throw new ApiError('unreadable answer from ' + path, null, r.status);
  }
  if (!r.ok) throw new ApiError(body && body.error ? body.error : 'HTTP ' + r.status, body && body.parameter, r.status);
  return body;
}
