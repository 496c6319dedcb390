-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN "sourceMessageId" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "handledAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_sourceMessageId_key" ON "Complaint"("sourceMessageId");

-- CreateIndex
CREATE INDEX "Message_direction_handledAt_idx" ON "Message"("direction", "handledAt");
