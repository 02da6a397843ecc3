// Command peers runs the Go peers of `make bench` (see bench/README.md):
//
//	peers check-opa      ENVFILE  Open Policy Agent, a prepared Rego query
//	peers check-env      ENVFILE  caarlos0/env, a struct plus checks in Go
//	peers rl-xtime                golang.org/x/time/rate, one limiter per tenant
//	peers rl-redisrate   SOCKET   go-redis/redis_rate against redis-server
//	peers once-opa|once-env ENVFILE  one check; exit 1 on findings (rule coverage)
//
// Each prints JSON lines for bench/collect.py:
// {"op": ..., "tool": ..., "samples_ns": [...], ...}. Secret values are
// never printed: findings carry rule ids and key names only.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

// Finding is what every peer reports: a rule id and a key name.
type Finding struct {
	Rule string `json:"rule"`
	Key  string `json:"key"`
}

// loadEnvFile reads bench/env200.env: KEY=VALUE lines, comments, blanks.
// The file is plain (no quotes or escapes), so no .env library is needed.
func loadEnvFile(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("%s: a line without '='", path)
		}
		env[k] = v
	}
	return env, sc.Err()
}

// timeRounds runs fn(batch) `rounds` times after one warm-up batch and
// returns ns per call of each round.
func timeRounds(rounds, batch int, fn func(n int)) []float64 {
	fn(batch / 10)
	out := make([]float64, rounds)
	for r := range out {
		t0 := time.Now()
		fn(batch)
		out[r] = float64(time.Since(t0).Nanoseconds()) / float64(batch)
	}
	return out
}

func emit(rec map[string]any) {
	b, _ := json.Marshal(rec)
	fmt.Println(string(b))
}

func die(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "peers: "+format+"\n", args...)
	os.Exit(1)
}

func sortedFindings(fs []Finding) []Finding {
	sort.Slice(fs, func(i, j int) bool {
		if fs[i].Rule != fs[j].Rule {
			return fs[i].Rule < fs[j].Rule
		}
		return fs[i].Key < fs[j].Key
	})
	return fs
}

func main() {
	if len(os.Args) < 2 {
		die("usage: peers check-opa|check-env ENVFILE | rl-xtime | rl-redisrate SOCKET")
	}
	arg := ""
	if len(os.Args) > 2 {
		arg = os.Args[2]
	}
	switch os.Args[1] {
	case "check-opa":
		benchOPA(arg)
	case "check-env":
		benchCaarlos0(arg)
	case "once-opa", "once-env":
		m, err := loadEnvFile(arg)
		if err != nil {
			die("%v", err)
		}
		var fs []Finding
		if os.Args[1] == "once-opa" {
			fs = checkOPAOnce(m)
		} else if fs, err = checkCaarlos0(m); err != nil {
			fs = []Finding{{"parse", err.Error()}}
		}
		for _, f := range sortedFindings(fs) {
			fmt.Fprintln(os.Stderr, f.Rule, f.Key)
		}
		if len(fs) > 0 {
			os.Exit(1)
		}
	case "rl-xtime":
		benchXTime()
	case "rl-redisrate":
		benchRedisRate(arg)
	default:
		die("unknown command %q", os.Args[1])
	}
}
