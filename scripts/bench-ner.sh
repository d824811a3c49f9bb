#!/usr/bin/env bash
# Kept for old habits: the NER comparison with CoreNLP is now `scripts/peer-bench ner`.
exec "$(dirname "$0")/peer-bench" ner "$@"
