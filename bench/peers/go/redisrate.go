package main

import (
	"context"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
)

// benchRedisRate: redis_rate's documented use, Allow(ctx, key,
// PerSecond(1000)) per request, one client, against the redis-server
// bench/run.sh started on a unix socket.
func benchRedisRate(socket string) {
	ctx := context.Background()
	rdb := redis.NewClient(&redis.Options{Network: "unix", Addr: socket})
	defer rdb.Close()
	if err := rdb.Ping(ctx).Err(); err != nil {
		die("redis: %v", err)
	}
	lim := redis_rate.NewLimiter(rdb)
	keys := tenantKeys()
	limit := redis_rate.PerSecond(1000)
	decide := func(k string) bool {
		res, err := lim.Allow(ctx, k, limit)
		if err != nil {
			die("redis_rate: %v", err)
		}
		return res.Allowed > 0
	}
	s, allowed := runRounds(1, 5, 20000, keys, decide)
	emit(map[string]any{"op": "rl.redis.single", "tool": "go-redis/redis_rate (Go)",
		"samples_ns": s, "allowed": allowed})
}
