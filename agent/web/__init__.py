"""The browser UI: static HTML/JS/CSS served by `agent.web.routes` (no build step, nothing from a CDN)."""
