export { randomBucket, randomGroup, randomKeyspace, randomTopic } from './random-names';
export { waitFor, type WaitForOptions } from './wait-for';
export { stackEndpoints } from './stack-endpoints';
export { readTopicFrom, topicEndOffsets, type ConsumedMessage } from './topic-reader';
export { SAMPLE_CSV, sampleRawArrivals } from './sample-arrivals';
export { groupCaughtUp, produceAll } from './topic-writer';
export { REFERENCE_DIR, referenceCache, referenceEntries } from './reference-data';
export { createNamespaceTopics, randomNamespace } from './topic-namespace';
