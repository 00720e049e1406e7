"""The API's documentation page (``/docs``): Swagger UI over ``/openapi.json``, loaded from
``/assets`` (the npm package ``swagger-ui-dist``, fetched by ``uncac-kg serve`` like YASGUI),
so that it works with no internet.  FastAPI's own page loads Swagger UI from a CDN and is
switched off (``docs_url=None``); so is ReDoc."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from . import shell

router = APIRouter(tags=["Pages"])

_HEAD = """<link rel="stylesheet" href="/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/assets/swagger-favicon-32x32.png">
<style>body { max-width: 80rem; } #swagger-ui .information-container { padding-top: 0; }</style>"""

_BODY = """<div id="status" class="muted">Loading Swagger UI…</div>
<div id="swagger-ui"></div>
<script src="/assets/swagger-ui-bundle.js"></script>
<script>
(function () {
  const status = document.getElementById("status");
  if (typeof SwaggerUIBundle === "undefined") {
    status.textContent = "Swagger UI is not installed (uncac-kg serve fetches it with npm); "
      + "the OpenAPI document is at /openapi.json.";
    return;
  }
  status.remove();
  window.ui = SwaggerUIBundle({
    url: "/openapi.json", dom_id: "#swagger-ui", layout: "BaseLayout", deepLinking: true,
    showExtensions: true, showCommonExtensions: true,
    validatorUrl: null,  // no call to validator.swagger.io
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
    onComplete: () => { document.body.dataset.ready = "1"; },
  });
})();
</script>"""


@router.get("/docs", response_class=HTMLResponse, include_in_schema=False)
def docs_page() -> str:
    """Swagger UI (swagger) for the JSON API, served from this server's assets."""
    return shell.page("uncac-kg · API (Swagger UI)", _BODY, head=_HEAD)
