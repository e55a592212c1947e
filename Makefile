# Thin wrapper over CMake; see README.md. Every target installs missing packages first.
BUILD_DIR ?= build
JOBS ?= 2
CMAKE_ARGS ?=
DISPATCHSIM := $(BUILD_DIR)/cli/dispatchsim

.PHONY: deps build test run bench clean

deps:
	@bash scripts/install-deps.sh

build: deps
	@cmake -S . -B $(BUILD_DIR) $(CMAKE_ARGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS)

test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

run: build
	@bash scripts/default-run.sh $(DISPATCHSIM)

bench: deps
	@cmake -S . -B $(BUILD_DIR) -DDISPATCHSIM_BENCH=ON $(CMAKE_ARGS) >/dev/null
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target kernel_bench world_bench time_to_first_failure dispatchsim
	@bash scripts/run-benchmarks.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) out
