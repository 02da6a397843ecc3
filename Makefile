# Entry points. The real build is CMake (see CMakePresets.json); this file
# only strings together set-up, build and run so a fresh machine needs two
# commands: `make run` and `make test`.
PRESET ?= dev
BUILD  := build/$(PRESET)
# The machines this runs on have two cores; more jobs only thrash.
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

.PHONY: run test deps configure build bench fuzz asan tsan clean

deps:
	@scripts/install-deps.sh

configure: deps
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET)

# The main job: check this environment against the embedded default policy.
# Exit status 1 means "not launch-ready", which make reports but does not hide.
run: configure
	@cmake --build --preset $(PRESET) --target dayone_cli
	@$(BUILD)/dayone check; status=$$?; \
	 echo; echo "dayone check exited with $$status (0 ready, 1 policy violations, 2 usage or file error)"

test: build
	@ctest --preset $(PRESET)

asan:
	@$(MAKE) --no-print-directory test PRESET=asan

tsan:
	@$(MAKE) --no-print-directory test PRESET=tsan

bench: deps
	@bench/run.sh

fuzz: deps
	@scripts/fuzz.sh $(SECONDS_PER_TARGET)

clean:
	rm -rf build
