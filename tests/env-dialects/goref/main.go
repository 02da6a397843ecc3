// Command goref prints what docker compose's and docker's own .env readers
// make of each file, for tests/env-dialects/compare.py:
//
//	goref compose|docker LOOKUP.tsv FILE...
//
// compose: compose-go's dotenv.GetEnvFromFile, the call compose makes for
// `env_file:`, with the lookup as the shell's environment. docker:
// docker/cli's kvfile.Parse, the call `docker run --env-file` makes, with
// the lookup as os.LookupEnv. One JSON object per file: {"file", "ok",
// "vars": {name: hex(value)}, "warnings": [...]} or {"file", "ok": false,
// "error"}. Values are hex so the comparison is byte for byte.
package main

import (
	"bufio"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/dotenv"
	"github.com/docker/cli/pkg/kvfile"
	"github.com/sirupsen/logrus"
)

type result struct {
	File     string            `json:"file"`
	OK       bool              `json:"ok"`
	Vars     map[string]string `json:"vars,omitempty"`
	Error    string            `json:"error,omitempty"`
	Warnings []string          `json:"warnings,omitempty"`
}

// warnings collects compose's "variable is not set" log lines.
type warnings struct{ lines []string }

func (w *warnings) Levels() []logrus.Level { return []logrus.Level{logrus.WarnLevel} }
func (w *warnings) Fire(e *logrus.Entry) error {
	w.lines = append(w.lines, e.Message)
	return nil
}

func readLookup(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := map[string]string{}
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if ok {
			m[k] = v
		}
	}
	return m, s.Err()
}

func main() {
	if len(os.Args) < 3 || (os.Args[1] != "compose" && os.Args[1] != "docker") {
		fmt.Fprintln(os.Stderr, "usage: goref compose|docker LOOKUP.tsv FILE...")
		os.Exit(2)
	}
	lookup, err := readLookup(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	w := &warnings{}
	logrus.SetOutput(os.Stderr)
	logrus.AddHook(w)
	enc := json.NewEncoder(os.Stdout)
	for _, file := range os.Args[3:] {
		w.lines = nil
		r := result{File: file, Vars: map[string]string{}}
		if os.Args[1] == "compose" {
			vars, err := dotenv.GetEnvFromFile(lookup, []string{file})
			if err != nil {
				r.Error = err.Error()
			} else {
				r.OK = true
				for k, v := range vars {
					r.Vars[k] = hex.EncodeToString([]byte(v))
				}
			}
		} else {
			lines, err := kvfile.Parse(file, func(k string) (string, bool) {
				v, ok := lookup[k]
				return v, ok
			})
			if err != nil {
				r.Error = err.Error()
			} else {
				r.OK = true
				for _, l := range lines {
					k, v, _ := strings.Cut(l, "=")
					r.Vars[k] = hex.EncodeToString([]byte(v))
				}
			}
		}
		r.Warnings = w.lines
		if err := enc.Encode(r); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
