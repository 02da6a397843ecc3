package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"testing"
)

var knownPlans = []string{"free", "pro", "business", "enterprise"}

func TestParsePlansFile(t *testing.T) {
	data := "\xef\xbb\xbf# tenant = plan\r\n" +
		"acme = business\r\n" +
		"\n" +
		"   # an indented comment\n" +
		"\tglobex=pro\n" +
		"initech   =   free   \n" +
		"t#1 = enterprise" // no final newline
	got, err := ParsePlansFile("plans.txt", []byte(data), knownPlans)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"acme": "business", "globex": "pro", "initech": "free", "t#1": "enterprise"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if got, err := ParsePlansFile("empty", nil, knownPlans); err != nil || len(got) != 0 {
		t.Errorf("empty file: %v %v", got, err)
	}
}

func TestParsePlansFileErrors(t *testing.T) {
	for _, c := range []struct {
		data string
		want string // the whole error
	}{
		{"acme business\n", "p:1:1: expected 'tenant = plan'"},
		{"ok = free\n  acme\n", "p:2:3: expected 'tenant = plan'"},
		{" = free\n", "p:1:2: the tenant before '=' is empty"},
		{"acme =  \n", "p:1:6: the plan after '=' is empty"},
		{"ac me = free\n", `p:1:3: tenant "ac me" contains a blank, a control character or invalid UTF-8`},
		{"acme\x01 = free\n", `p:1:5: tenant "acme\x01" contains a blank, a control character or invalid UTF-8`},
		{"ac\xffme = free\n", `p:1:3: tenant "ac\xffme" contains a blank, a control character or invalid UTF-8`},
		{"acme = pro business\n", `p:1:11: plan "pro business" contains a blank, '=', a control character or invalid UTF-8`},
		{"acme = pro=x\n", `p:1:11: plan "pro=x" contains a blank, '=', a control character or invalid UTF-8`},
		{"acme =  platinum\n", `p:1:9: plan "platinum" is not in the policy (it has: free, pro, business, enterprise)`},
		{"acme = free\n\n acme = pro\n", `p:3:2: tenant "acme" is listed twice (first on line 1)`},
		{"x = Free\n", `p:1:5: plan "Free" is not in the policy (it has: free, pro, business, enterprise)`},
	} {
		_, err := ParsePlansFile("p", []byte(c.data), knownPlans)
		var pe *PlansFileError
		if !errors.As(err, &pe) || err.Error() != c.want {
			t.Errorf("%q:\n got %v\nwant %s", c.data, err, c.want)
		}
	}
	long := strings.Repeat("x", 200)
	_, err := ParsePlansFile("p", []byte("a = "+long+"\n"), knownPlans)
	if err == nil || len(err.Error()) > 200 {
		t.Errorf("a long value is cut in the message: %v", err)
	}
}

// FuzzParsePlansFile: any input is parsed or refused with a positioned
// error, never a panic; what is accepted holds only valid entries and
// survives a round trip. Its seed corpus (testdata/fuzz/FuzzParsePlansFile
// and the f.Add calls) replays in every `go test`.
func FuzzParsePlansFile(f *testing.F) {
	for _, s := range []string{
		"", "acme = business\n", "# c\n\r\n a=free\r\nb = pro", "=\n", "a = \n", "a b = c\n",
		"a = free\na = pro\n", "\xef\xbb\xbfa=free", "a=free=pro", "\x00=free", "a=\xff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := ParsePlansFile("fuzz", data, knownPlans)
		if err != nil {
			var pe *PlansFileError
			if !errors.As(err, &pe) || pe.Line < 1 || pe.Column < 1 || !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Fatalf("error without a position: %v", err)
			}
			return
		}
		var lines []string
		for tenant, plan := range got {
			if tenant == "" || strings.ContainsAny(tenant, " \t\r\n=") || strings.HasPrefix(tenant, "#") ||
				badByte(tenant, false) >= 0 || badByte(plan, true) >= 0 {
				t.Fatalf("accepted a bad entry %q = %q", tenant, plan)
			}
			lines = append(lines, tenant+" = "+plan)
		}
		sort.Strings(lines)
		again, err := ParsePlansFile("again", []byte(strings.Join(lines, "\n")), knownPlans)
		if err != nil || fmt.Sprint(again) != fmt.Sprint(got) {
			t.Fatalf("round trip: %v, %v != %v", err, again, got)
		}
	})
}
