-- CreateEnum
CREATE TYPE "ItemStatus" AS ENUM ('IN_STORAGE', 'ISSUED', 'RETURNED', 'DAMAGED', 'LOST');

-- CreateEnum
CREATE TYPE "ItemCondition" AS ENUM ('GOOD', 'DAMAGED', 'LOST');

-- CreateEnum
CREATE TYPE "KitRecordKind" AS ENUM ('HANDOVER', 'RETURN');

-- CreateTable
CREATE TABLE "ItemType" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorageRoom" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StorageRoom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" UUID NOT NULL,
    "typeId" UUID NOT NULL,
    "serial" TEXT NOT NULL,
    "status" "ItemStatus" NOT NULL DEFAULT 'IN_STORAGE',
    "municipalityId" UUID,
    "storageRoomId" UUID,
    "holderStaffId" UUID,
    "responsibleStaffId" UUID,
    "statusDate" DATE,
    "deliveryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitDefinitionLine" (
    "id" UUID NOT NULL,
    "role" "StaffKind" NOT NULL,
    "typeId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "KitDefinitionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquipmentSetting" (
    "municipalityId" UUID NOT NULL,
    "sparePercent" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "EquipmentSetting_pkey" PRIMARY KEY ("municipalityId")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "deliveredOn" DATE NOT NULL,
    "storageRoomId" UUID,
    "note" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistributionPlan" (
    "id" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "storageRoomId" UUID,
    "sparePercent" INTEGER NOT NULL,
    "lines" JSONB NOT NULL,
    "spares" JSONB NOT NULL,
    "needs" JSONB NOT NULL,
    "missing" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DistributionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitRecord" (
    "id" UUID NOT NULL,
    "kind" "KitRecordKind" NOT NULL,
    "municipalityId" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "planId" UUID,
    "signedBy" TEXT NOT NULL,
    "signedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitRecordItem" (
    "id" UUID NOT NULL,
    "recordId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "serial" TEXT NOT NULL,
    "typeCode" TEXT NOT NULL,
    "condition" "ItemCondition",
    "substitutedFor" TEXT,

    CONSTRAINT "KitRecordItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChargebackTariff" (
    "id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChargebackTariff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChargebackRate" (
    "tariffId" UUID NOT NULL,
    "typeId" UUID NOT NULL,
    "lostCents" BIGINT NOT NULL,
    "damagedCents" BIGINT NOT NULL,

    CONSTRAINT "ChargebackRate_pkey" PRIMARY KEY ("tariffId","typeId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ItemType_code_key" ON "ItemType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "StorageRoom_municipalityId_name_key" ON "StorageRoom"("municipalityId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Item_serial_key" ON "Item"("serial");

-- CreateIndex
CREATE INDEX "Item_municipalityId_status_typeId_idx" ON "Item"("municipalityId", "status", "typeId");

-- CreateIndex
CREATE INDEX "Item_holderStaffId_idx" ON "Item"("holderStaffId");

-- CreateIndex
CREATE INDEX "Item_responsibleStaffId_idx" ON "Item"("responsibleStaffId");

-- CreateIndex
CREATE UNIQUE INDEX "KitDefinitionLine_role_typeId_key" ON "KitDefinitionLine"("role", "typeId");

-- CreateIndex
CREATE INDEX "Delivery_municipalityId_idx" ON "Delivery"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "DistributionPlan_municipalityId_version_key" ON "DistributionPlan"("municipalityId", "version");

-- CreateIndex
CREATE INDEX "KitRecord_municipalityId_staffId_idx" ON "KitRecord"("municipalityId", "staffId");

-- CreateIndex
CREATE INDEX "KitRecordItem_recordId_idx" ON "KitRecordItem"("recordId");

-- CreateIndex
CREATE INDEX "KitRecordItem_itemId_idx" ON "KitRecordItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "ChargebackTariff_version_key" ON "ChargebackTariff"("version");

-- AddForeignKey
ALTER TABLE "StorageRoom" ADD CONSTRAINT "StorageRoom_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ItemType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_storageRoomId_fkey" FOREIGN KEY ("storageRoomId") REFERENCES "StorageRoom"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitDefinitionLine" ADD CONSTRAINT "KitDefinitionLine_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ItemType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquipmentSetting" ADD CONSTRAINT "EquipmentSetting_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistributionPlan" ADD CONSTRAINT "DistributionPlan_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecord" ADD CONSTRAINT "KitRecord_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecord" ADD CONSTRAINT "KitRecord_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DistributionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitRecordItem" ADD CONSTRAINT "KitRecordItem_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "KitRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChargebackRate" ADD CONSTRAINT "ChargebackRate_tariffId_fkey" FOREIGN KEY ("tariffId") REFERENCES "ChargebackTariff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChargebackRate" ADD CONSTRAINT "ChargebackRate_typeId_fkey" FOREIGN KEY ("typeId") REFERENCES "ItemType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
