function processJob(job) {
  try {
    console.log(`start ${job}`);
    if (job === "bad") throw new Error(`${job} failed`);

    console.log(`finish ${job}`);
    console.log("no errors");
  } catch (error) {
    console.log(error.message);
  } finally {
    console.log(`clean up ${job}`);
  }
}

processJob("good");
processJob("bad");
