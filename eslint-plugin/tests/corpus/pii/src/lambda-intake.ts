// AWS Lambda handlers written in the loose style many teams use: untyped events, console logging to CloudWatch.

export const handler = async (event: any) => {
  console.log('Event:', JSON.stringify(event, null, 2)); // pii
  const body = JSON.parse(event.body ?? '{}');
  const { email, plan } = body;
  console.log(`signup for plan ${plan}`); // clean
  console.info('signup email', email); // pii
  const sourceIp = event.requestContext?.identity?.sourceIp;
  console.log(JSON.stringify({ level: 'info', msg: 'intake', requestId: event.requestContext?.requestId })); // clean
  console.log(JSON.stringify({ level: 'info', msg: 'caller', sourceIp })); // pii
  return { statusCode: 201, body: JSON.stringify({ ok: true }) };
};

export const onUpload = async (event: any) => {
  for (const record of event.Records) {
    console.log(`object uploaded: s3://${record.s3.bucket.name}/${record.s3.object.key} (${record.s3.object.size} bytes)`); // clean
  }
};

export const onQueueMessage = async (event: any) => {
  for (const record of event.Records) {
    const message = JSON.parse(record.body);
    console.log('processing message', record.messageId, message.type); // clean
    console.log('recipient', message.recipient.email); // pii
  }
};
