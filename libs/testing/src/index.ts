export { randomBucket, randomGroup, randomKeyspace, randomTopic } from './random-names';
export { waitFor, type WaitForOptions } from './wait-for';
export { stackEndpoints } from './stack-endpoints';
export { readTopicFrom, topicEndOffsets, type ConsumedMessage } from './topic-reader';
