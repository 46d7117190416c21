# khabar -- the two README commands live here: `make demo` and `make test`.
# Both install what is missing first (scripts/deps, apt-get), then build with CMake.

BUILD      ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
JOBS       ?= 2
FUZZ_SECONDS ?= 60

.PHONY: all deps build test test-fast test-asan demo fuzz bench clean format

all: build

deps:
	@scripts/deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j$(JOBS) -- -s --no-print-directory
	@KHABAR=$(BUILD)/khabar scripts/gazetteer

# The whole suite: the normal build, then the ASan+UBSan build.
test: build
	@ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)
	@echo "== tests passed (normal build); now the ASan+UBSan build"
	@$(MAKE) --no-print-directory test-asan
	@echo "== tests passed (normal and ASan+UBSan builds)"

test-fast: build
	@ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS)

test-asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DKB_SANITIZE=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
	@cmake --build $(ASAN_BUILD) -j$(JOBS) -- -s --no-print-directory
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j$(JOBS) -LE slow

demo: build
	@rm -f $(BUILD)/demo.db $(BUILD)/demo.db-wal $(BUILD)/demo.db-shm
	@echo "== khabar ingest samples/ (a fresh SQLite store: $(BUILD)/demo.db)"
	@$(BUILD)/khabar ingest --db $(BUILD)/demo.db samples/
	@echo "== khabar articles"
	@$(BUILD)/khabar articles --db $(BUILD)/demo.db
	@echo "== khabar show talks-in-doha (metadata, then the cleaned text)"
	@$(BUILD)/khabar show --db $(BUILD)/demo.db talks-in-doha
	@echo "== khabar code samples/ (events: who did what to whom, CAMEO + PLOVER, with the sentence)"
	@$(BUILD)/khabar code --format tsv samples/ | cut -f1,3,4,6,8,12,14 | cut -c1-170
	@echo "== khabar events (what ingest coded and stored: mentions of one happening merged, with their evidence)"
	@$(BUILD)/khabar events --db $(BUILD)/demo.db --format tsv | cut -f2-5,9,10,18,19,25 | cut -c1-170
	@echo "== ingest again: nothing new"
	@$(BUILD)/khabar ingest --db $(BUILD)/demo.db samples/

# libFuzzer targets, each run FUZZ_SECONDS seconds on its seed corpus.
fuzz: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=Debug -DKB_FUZZ=ON -DKB_SANITIZE=ON -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
	@cmake --build $(FUZZ_BUILD) -j$(JOBS) -- -s --no-print-directory
	@bash fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

bench: build
	@bash bench/run.sh $(BUILD)

format:
	@clang-format -i include/*.h src/*.h src/*/*.c cli/*.c cli/*.h tests/unit/*.c

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
