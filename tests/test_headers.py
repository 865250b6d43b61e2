"""Security headers from Flask-Talisman: a Content-Security-Policy without inline code."""


def test_pages_carry_a_strict_policy(client):
    """Scripts and styles from this site only, framing by the app itself, no sniffing."""
    response = client.get("/login")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'self'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert 'allowEval": false' in response.get_data(as_text=True)
