-- One small non-streaming chat completion against a paid model (outside the free-model quotas), as wrk's request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer sk-or-v1-bench-key-0000"
wrk.body = '{"model":"ai21/jamba-large-1.7","messages":[{"role":"user","content":"Say hello"}]}'
