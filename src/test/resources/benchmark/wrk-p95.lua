-- Prints the 95th percentile latency, which wrk's own --latency table does not include.
done = function(summary, latency, requests)
  io.write(string.format("p95_ms=%.2f\n", latency:percentile(95) / 1000))
end
