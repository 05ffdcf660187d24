// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chain

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LicenceNFTLicence is an auto generated low-level Go binding around an user-defined struct.
type LicenceNFTLicence struct {
	Grantor       common.Address
	Subject       *big.Int
	NotBefore     uint64
	ExpiresAt     uint64
	MaxUnits      uint64
	MaxComputeMs  uint64
	UsedUnits     uint64
	UsedComputeMs uint64
	RevokedAt     uint64
	DataTypes     [][32]byte
}

// UsageSettlementMandate is an auto generated low-level Go binding around an user-defined struct.
type UsageSettlementMandate struct {
	Payer    common.Address
	Operator common.Address
	Cap      *big.Int
	MaxPrice *big.Int
	Start    uint64
	Expiry   uint64
	Nonce    uint32
}

// UsageSettlementReceipt is an auto generated low-level Go binding around an user-defined struct.
type UsageSettlementReceipt struct {
	Payer     common.Address
	Version   *big.Int
	Licence   *big.Int
	Units     uint64
	ComputeMs uint64
	At        uint64
}

// UsageSettlementSigned is an auto generated low-level Go binding around an user-defined struct.
type UsageSettlementSigned struct {
	Operator  common.Address
	Nonce     uint64
	Deadline  uint64
	Signature []byte
}

// AgentRegistryMetaData contains all meta data concerning the AgentRegistry contract.
var AgentRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"AlreadyDeprecated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyManifest\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"NotVersionOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"UnknownVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAgentKey\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AgentClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"LicenceRequired\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"VersionDeprecated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"VersionPublished\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"agentOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"agentOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"deprecate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"isDeprecated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"licenceRequiredSince\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"manifestOf\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"priceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"manifestCID\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"pricePerUnit\",\"type\":\"uint256\"}],\"name\":\"publishVersion\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"requireLicence\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"agentKey\",\"type\":\"bytes32\"}],\"name\":\"versionsOf\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AgentRegistry",
	Bin: "0x60806040526001600955348015610014575f5ffd5b506040518060400160405280601281526020017121b2b9329020b3b2b73a102b32b939b4b7b760711b8152506040518060400160405280600981526020016810d154915051d1539560ba1b815250815f9081610070919061011d565b50600161007d828261011d565b5050506101d7565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100ad57607f821691505b6020821081036100cb57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561011857805f5260205f20601f840160051c810160208510156100f65750805b601f840160051c820191505b81811015610115575f8155600101610102565b50505b505050565b81516001600160401b0381111561013657610136610085565b61014a816101448454610099565b846100d1565b6020601f82116001811461017c575f83156101655750848201515b5f19600385901b1c1916600184901b178455610115565b5f84815260208120601f198516915b828110156101ab578785015182556020948501946001909201910161018b565b50848210156101c857868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b61179d806101e45f395ff3fe608060405234801561000f575f5ffd5b5060043610610153575f3560e01c806370a08231116100bf578063c87b56dd11610079578063c87b56dd146102e4578063ca867b3f146102f7578063e5191e211461031f578063e985e9c514610332578063f5adcaad14610345578063fd554cdf14610370575f5ffd5b806370a082311461027d57806395d89b4114610290578063a1aa9e6d14610298578063a22cb465146102ab578063b88d4fde146102be578063b9186d7d146102d1575f5ffd5b8063446de69a11610110578063446de69a146101fa5780634b4252141461020d5780635fdff7d41461022d57806361b8ce8c146102405780636352211e146102575780636cb75a1e1461026a575f5ffd5b806301ffc9a71461015757806306fdde031461017f578063081812fc14610194578063095ea7b3146101bf57806323b872dd146101d457806342842e0e146101e7575b5f5ffd5b61016a61016536600461123b565b610383565b60405190151581526020015b60405180910390f35b6101876103d4565b6040516101769190611284565b6101a76101a2366004611296565b610463565b6040516001600160a01b039091168152602001610176565b6101d26101cd3660046112c3565b61048a565b005b6101d26101e23660046112eb565b610499565b6101d26101f53660046112eb565b610527565b61016a610208366004611296565b610546565b61022061021b366004611296565b61055d565b6040516101769190611325565b6101d261023b366004611296565b6105bc565b61024960095481565b604051908152602001610176565b6101a7610265366004611296565b610669565b610249610278366004611296565b610673565b61024961028b366004611367565b610684565b6101876106c9565b6101876102a6366004611296565b6106d8565b6101d26102b9366004611380565b61076a565b6101d26102cc3660046113cd565b610775565b6102496102df366004611296565b61078d565b6101876102f2366004611296565b6107a1565b6101a7610305366004611296565b60086020525f90815260409020546001600160a01b031681565b61024961032d3660046114a7565b610812565b61016a610340366004611523565b610a67565b610358610353366004611296565b610a94565b6040516001600160401b039091168152602001610176565b6101d261037e366004611296565b610ab6565b5f6001600160e01b031982166380ac58cd60e01b14806103b357506001600160e01b03198216635b5e139f60e01b145b806103ce57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60605f80546103e290611554565b80601f016020809104026020016040519081016040528092919081815260200182805461040e90611554565b80156104595780601f1061043057610100808354040283529160200191610459565b820191905f5260205f20905b81548152906001019060200180831161043c57829003601f168201915b5050505050905090565b5f61046d82610b5f565b505f828152600460205260409020546001600160a01b03166103ce565b610495828233610b97565b5050565b6001600160a01b0382166104c757604051633250574960e11b81525f60048201526024015b60405180910390fd5b5f6104d3838333610ba4565b9050836001600160a01b0316816001600160a01b031614610521576040516364283d7b60e01b81526001600160a01b03808616600483015260248201849052821660448201526064016104be565b50505050565b61054183838360405180602001604052805f815250610775565b505050565b5f61055082610c96565b6002015460ff1692915050565b5f818152600760209081526040918290208054835181840281018401909452808452606093928301828280156105b057602002820191905f5260205f20905b81548152602001906001019080831161059c575b50505050509050919050565b5f6105c682610c96565b9050336105d283610669565b6001600160a01b0316146105fc5760405163d5e46d6f60e01b8152600481018390526024016104be565b600281015461010090046001600160401b03165f036104955760028101805468ffffffffffffffff001916610100426001600160401b03160217905580546040518391907f464cfbbe12a18279c364b87db2d3b76b535a83d21dd6f219e2a9c85128689454905f90a35050565b5f6103ce82610b5f565b5f61067d82610c96565b5492915050565b5f6001600160a01b0382166106ae576040516322718ad960e21b81525f60048201526024016104be565b506001600160a01b03165f9081526003602052604090205490565b6060600180546103e290611554565b60606106e382610c96565b60030180546106f190611554565b80601f016020809104026020016040519081016040528092919081815260200182805461071d90611554565b80156105b05780601f1061073f576101008083540402835291602001916105b0565b820191905f5260205f20905b81548152906001019060200180831161074b5750939695505050505050565b610495338383610cca565b610780848484610499565b6105213385858585610d68565b5f61079782610c96565b6001015492915050565b60606107ac82610b5f565b505f6107c260408051602081019091525f815290565b90505f8151116107e05760405180602001604052805f81525061080b565b806107ea84610e90565b6040516020016107fb9291906115a3565b6040516020818303038152906040525b9392505050565b5f8461083157604051632744c47f60e21b815260040160405180910390fd5b5f8390036108525760405163d9313d2960e01b815260040160405180910390fd5b5f858152600860205260409020546001600160a01b0316806108be575f8681526008602052604080822080546001600160a01b031916339081179091559051909188917f32bc8887be4538e967812c5d97d3963f577eda7b7c6ce3b1d731864d059f6d899190a36108f9565b6001600160a01b03811633146108f95760405163a1b84ca360e01b8152600481018790526001600160a01b03821660248201526044016104be565b60098054905f610908836115b7565b9190505591506040518060a001604052808781526020018481526020015f151581526020015f6001600160401b0316815260200186868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92018290525093909452505084815260066020908152604091829020845181559084015160018201559083015160028201805460608601516001600160401b03166101000268ffffffffffffffff00199315159390931668ffffffffffffffffff1990911617919091179055608083015190915060038201906109ea908261161f565b5050505f86815260076020908152604082208054600181018255908352912001829055610a173383610f1f565b336001600160a01b031682877f557a612c04c779b34f02dac1a39db77862f70afa70b13436a352c48d752403da888888604051610a56939291906116d9565b60405180910390a450949350505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f610a9e82610c96565b6002015461010090046001600160401b031692915050565b5f610ac082610c96565b905033610acc83610669565b6001600160a01b031614610af65760405163d5e46d6f60e01b8152600481018390526024016104be565b600281015460ff1615610b1f57604051632959ba2760e21b8152600481018390526024016104be565b60028101805460ff1916600117905580546040518391907f40ff90391fc37e192a2986200ea07c23f5d64799b33b41c134faf788af5e556d905f90a35050565b5f818152600260205260408120546001600160a01b0316806103ce57604051637e27328960e01b8152600481018490526024016104be565b6105418383836001610f80565b5f828152600260205260408120546001600160a01b0390811690831615610bd057610bd0818486611084565b6001600160a01b03811615610c0a57610beb5f855f5f610f80565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b03851615610c38576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f8181526006602052604090208054610cc557604051636951c92360e11b8152600481018390526024016104be565b919050565b6001600160a01b038216610cfc57604051630b61174360e31b81526001600160a01b03831660048201526024016104be565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a3505050565b6001600160a01b0383163b15610e8957604051630a85bd0160e11b81526001600160a01b0384169063150b7a0290610daa908890889087908790600401611710565b6020604051808303815f875af1925050508015610de4575060408051601f3d908101601f19168201909252610de19181019061174c565b60015b610e4b573d808015610e11576040519150601f19603f3d011682016040523d82523d5f602084013e610e16565b606091505b5080515f03610e4357604051633250574960e11b81526001600160a01b03851660048201526024016104be565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b14610e8757604051633250574960e11b81526001600160a01b03851660048201526024016104be565b505b5050505050565b60605f610e9c836110e8565b60010190505f816001600160401b03811115610eba57610eba6113b9565b6040519080825280601f01601f191660200182016040528015610ee4576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a8504945084610eee57509392505050565b6001600160a01b038216610f4857604051633250574960e11b81525f60048201526024016104be565b5f610f5483835f610ba4565b90506001600160a01b03811615610541576040516339e3563760e11b81525f60048201526024016104be565b8080610f9457506001600160a01b03821615155b15611055575f610fa384610b5f565b90506001600160a01b03831615801590610fcf5750826001600160a01b0316816001600160a01b031614155b8015610fe25750610fe08184610a67565b155b1561100b5760405163a9fbf51f60e01b81526001600160a01b03841660048201526024016104be565b81156110535783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b61108f8383836111bf565b610541576001600160a01b0383166110bd57604051637e27328960e01b8152600481018290526024016104be565b60405163177e802f60e01b81526001600160a01b0383166004820152602481018290526044016104be565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b83106111265772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611152576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc10000831061117057662386f26fc10000830492506010015b6305f5e1008310611188576305f5e100830492506008015b612710831061119c57612710830492506004015b606483106111ae576064830492506002015b600a83106103ce5760010192915050565b5f6001600160a01b0383161580159061121b5750826001600160a01b0316846001600160a01b031614806111f857506111f88484610a67565b8061121b57505f828152600460205260409020546001600160a01b038481169116145b949350505050565b6001600160e01b031981168114611238575f5ffd5b50565b5f6020828403121561124b575f5ffd5b813561080b81611223565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61080b6020830184611256565b5f602082840312156112a6575f5ffd5b5035919050565b80356001600160a01b0381168114610cc5575f5ffd5b5f5f604083850312156112d4575f5ffd5b6112dd836112ad565b946020939093013593505050565b5f5f5f606084860312156112fd575f5ffd5b611306846112ad565b9250611314602085016112ad565b929592945050506040919091013590565b602080825282518282018190525f918401906040840190835b8181101561135c57835183526020938401939092019160010161133e565b509095945050505050565b5f60208284031215611377575f5ffd5b61080b826112ad565b5f5f60408385031215611391575f5ffd5b61139a836112ad565b9150602083013580151581146113ae575f5ffd5b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f608085870312156113e0575f5ffd5b6113e9856112ad565b93506113f7602086016112ad565b92506040850135915060608501356001600160401b03811115611418575f5ffd5b8501601f81018713611428575f5ffd5b80356001600160401b03811115611441576114416113b9565b604051601f8201601f19908116603f011681016001600160401b038111828210171561146f5761146f6113b9565b604052818152828201602001891015611486575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f606085870312156114ba575f5ffd5b8435935060208501356001600160401b038111156114d6575f5ffd5b8501601f810187136114e6575f5ffd5b80356001600160401b038111156114fb575f5ffd5b87602082840101111561150c575f5ffd5b949760209190910196509394604001359392505050565b5f5f60408385031215611534575f5ffd5b61153d836112ad565b915061154b602084016112ad565b90509250929050565b600181811c9082168061156857607f821691505b60208210810361158657634e487b7160e01b5f52602260045260245ffd5b50919050565b5f81518060208401855e5f93019283525090919050565b5f61121b6115b1838661158c565b8461158c565b5f600182016115d457634e487b7160e01b5f52601160045260245ffd5b5060010190565b601f82111561054157805f5260205f20601f840160051c810160208510156116005750805b601f840160051c820191505b81811015610e89575f815560010161160c565b81516001600160401b03811115611638576116386113b9565b61164c816116468454611554565b846115db565b6020601f82116001811461167e575f83156116675750848201515b5f19600385901b1c1916600184901b178455610e89565b5f84815260208120601f198516915b828110156116ad578785015182556020948501946001909201910161168d565b50848210156116ca57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60408152826040820152828460608301375f606084830101525f6060601f19601f8601168301019050826020830152949350505050565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061174290830184611256565b9695505050505050565b5f6020828403121561175c575f5ffd5b815161080b8161122356fea2646970667358221220f5b4240332b6a3b889071ba9fa708ce70f74644f332fab384c6ff3c55055a4d564736f6c634300081e0033",
}

// AgentRegistry is an auto generated Go binding around an Ethereum contract.
type AgentRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AgentRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAgentRegistry creates a new instance of AgentRegistry.
func NewAgentRegistry() *AgentRegistry {
	parsed, err := AgentRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AgentRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AgentRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) PackAgentOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("agentOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6cb75a1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) TryPackAgentOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOf", id)
}

// UnpackAgentOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6cb75a1e.
//
// Solidity: function agentOf(uint256 id) view returns(bytes32)
func (agentRegistry *AgentRegistry) UnpackAgentOf(data []byte) ([32]byte, error) {
	out, err := agentRegistry.abi.Unpack("agentOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) PackAgentOwner(arg0 [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("agentOwner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca867b3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) TryPackAgentOwner(arg0 [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("agentOwner", arg0)
}

// UnpackAgentOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca867b3f.
//
// Solidity: function agentOwner(bytes32 ) view returns(address)
func (agentRegistry *AgentRegistry) UnpackAgentOwner(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("agentOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) PackDeprecate(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("deprecate", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeprecate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd554cdf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deprecate(uint256 id) returns()
func (agentRegistry *AgentRegistry) TryPackDeprecate(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("deprecate", id)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return agentRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) PackIsDeprecated(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("isDeprecated", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDeprecated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x446de69a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackIsDeprecated(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("isDeprecated", id)
}

// UnpackIsDeprecated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x446de69a.
//
// Solidity: function isDeprecated(uint256 id) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackIsDeprecated(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("isDeprecated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicenceRequiredSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5adcaad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licenceRequiredSince(uint256 id) view returns(uint64)
func (agentRegistry *AgentRegistry) PackLicenceRequiredSince(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("licenceRequiredSince", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicenceRequiredSince is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5adcaad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licenceRequiredSince(uint256 id) view returns(uint64)
func (agentRegistry *AgentRegistry) TryPackLicenceRequiredSince(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("licenceRequiredSince", id)
}

// UnpackLicenceRequiredSince is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5adcaad.
//
// Solidity: function licenceRequiredSince(uint256 id) view returns(uint64)
func (agentRegistry *AgentRegistry) UnpackLicenceRequiredSince(data []byte) (uint64, error) {
	out, err := agentRegistry.abi.Unpack("licenceRequiredSince", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) PackManifestOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("manifestOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackManifestOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1aa9e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) TryPackManifestOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("manifestOf", id)
}

// UnpackManifestOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1aa9e6d.
//
// Solidity: function manifestOf(uint256 id) view returns(string)
func (agentRegistry *AgentRegistry) UnpackManifestOf(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("manifestOf", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) PackName() []byte {
	enc, err := agentRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) TryPackName() ([]byte, error) {
	return agentRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (agentRegistry *AgentRegistry) UnpackName(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) PackNextId() []byte {
	enc, err := agentRegistry.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackNextId() ([]byte, error) {
	return agentRegistry.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (agentRegistry *AgentRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := agentRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) PackPriceOf(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("priceOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9186d7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) TryPackPriceOf(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("priceOf", id)
}

// UnpackPriceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9186d7d.
//
// Solidity: function priceOf(uint256 id) view returns(uint256)
func (agentRegistry *AgentRegistry) UnpackPriceOf(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("priceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) PackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5191e21.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) TryPackPublishVersion(agentKey [32]byte, manifestCID string, pricePerUnit *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("publishVersion", agentKey, manifestCID, pricePerUnit)
}

// UnpackPublishVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5191e21.
//
// Solidity: function publishVersion(bytes32 agentKey, string manifestCID, uint256 pricePerUnit) returns(uint256 id)
func (agentRegistry *AgentRegistry) UnpackPublishVersion(data []byte) (*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("publishVersion", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRequireLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fdff7d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requireLicence(uint256 id) returns()
func (agentRegistry *AgentRegistry) PackRequireLicence(id *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("requireLicence", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequireLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5fdff7d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requireLicence(uint256 id) returns()
func (agentRegistry *AgentRegistry) TryPackRequireLicence(id *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("requireLicence", id)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (agentRegistry *AgentRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return agentRegistry.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentRegistry *AgentRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return agentRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := agentRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (agentRegistry *AgentRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := agentRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) PackSymbol() []byte {
	enc, err := agentRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) TryPackSymbol() ([]byte, error) {
	return agentRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (agentRegistry *AgentRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (agentRegistry *AgentRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := agentRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (agentRegistry *AgentRegistry) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return agentRegistry.abi.Pack("transferFrom", from, to, tokenId)
}

// PackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) PackVersionsOf(agentKey [32]byte) []byte {
	enc, err := agentRegistry.abi.Pack("versionsOf", agentKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersionsOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b425214.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) TryPackVersionsOf(agentKey [32]byte) ([]byte, error) {
	return agentRegistry.abi.Pack("versionsOf", agentKey)
}

// UnpackVersionsOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b425214.
//
// Solidity: function versionsOf(bytes32 agentKey) view returns(uint256[])
func (agentRegistry *AgentRegistry) UnpackVersionsOf(data []byte) ([]*big.Int, error) {
	out, err := agentRegistry.abi.Unpack("versionsOf", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// AgentRegistryAgentClaimed represents a AgentClaimed event raised by the AgentRegistry contract.
type AgentRegistryAgentClaimed struct {
	AgentKey [32]byte
	Owner    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryAgentClaimedEventName = "AgentClaimed"

// ContractEventName returns the user-defined event name.
func (AgentRegistryAgentClaimed) ContractEventName() string {
	return AgentRegistryAgentClaimedEventName
}

// UnpackAgentClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentClaimed(bytes32 indexed agentKey, address indexed owner)
func (agentRegistry *AgentRegistry) UnpackAgentClaimedEvent(log *types.Log) (*AgentRegistryAgentClaimed, error) {
	event := "AgentClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryAgentClaimed)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApproval represents a Approval event raised by the AgentRegistry contract.
type AgentRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApproval) ContractEventName() string {
	return AgentRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackApprovalEvent(log *types.Log) (*AgentRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApproval)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryApprovalForAll represents a ApprovalForAll event raised by the AgentRegistry contract.
type AgentRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AgentRegistryApprovalForAll) ContractEventName() string {
	return AgentRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (agentRegistry *AgentRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AgentRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryLicenceRequired represents a LicenceRequired event raised by the AgentRegistry contract.
type AgentRegistryLicenceRequired struct {
	AgentKey [32]byte
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryLicenceRequiredEventName = "LicenceRequired"

// ContractEventName returns the user-defined event name.
func (AgentRegistryLicenceRequired) ContractEventName() string {
	return AgentRegistryLicenceRequiredEventName
}

// UnpackLicenceRequiredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LicenceRequired(bytes32 indexed agentKey, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackLicenceRequiredEvent(log *types.Log) (*AgentRegistryLicenceRequired, error) {
	event := "LicenceRequired"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryLicenceRequired)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryTransfer represents a Transfer event raised by the AgentRegistry contract.
type AgentRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AgentRegistryTransfer) ContractEventName() string {
	return AgentRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackTransferEvent(log *types.Log) (*AgentRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryTransfer)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionDeprecated represents a VersionDeprecated event raised by the AgentRegistry contract.
type AgentRegistryVersionDeprecated struct {
	AgentKey [32]byte
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionDeprecatedEventName = "VersionDeprecated"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionDeprecated) ContractEventName() string {
	return AgentRegistryVersionDeprecatedEventName
}

// UnpackVersionDeprecatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionDeprecated(bytes32 indexed agentKey, uint256 indexed tokenId)
func (agentRegistry *AgentRegistry) UnpackVersionDeprecatedEvent(log *types.Log) (*AgentRegistryVersionDeprecated, error) {
	event := "VersionDeprecated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionDeprecated)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentRegistryVersionPublished represents a VersionPublished event raised by the AgentRegistry contract.
type AgentRegistryVersionPublished struct {
	AgentKey     [32]byte
	TokenId      *big.Int
	Owner        common.Address
	ManifestCID  string
	PricePerUnit *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const AgentRegistryVersionPublishedEventName = "VersionPublished"

// ContractEventName returns the user-defined event name.
func (AgentRegistryVersionPublished) ContractEventName() string {
	return AgentRegistryVersionPublishedEventName
}

// UnpackVersionPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VersionPublished(bytes32 indexed agentKey, uint256 indexed tokenId, address indexed owner, string manifestCID, uint256 pricePerUnit)
func (agentRegistry *AgentRegistry) UnpackVersionPublishedEvent(log *types.Log) (*AgentRegistryVersionPublished, error) {
	event := "VersionPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentRegistryVersionPublished)
	if len(log.Data) > 0 {
		if err := agentRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (agentRegistry *AgentRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["AlreadyDeprecated"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackAlreadyDeprecatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["EmptyManifest"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackEmptyManifestError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["NotVersionOwner"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackNotVersionOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["UnknownVersion"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentRegistry.abi.Errors["ZeroAgentKey"].ID.Bytes()[:4]) {
		return agentRegistry.UnpackZeroAgentKeyError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AgentRegistryAlreadyDeprecated represents a AlreadyDeprecated error raised by the AgentRegistry contract.
type AgentRegistryAlreadyDeprecated struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func AgentRegistryAlreadyDeprecatedErrorID() common.Hash {
	return common.HexToHash("0xa566e89c1173e306540da1276a93bdabc08286beaf5c8765a6ea1c9fdcb246ba")
}

// UnpackAlreadyDeprecatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeprecated(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackAlreadyDeprecatedError(raw []byte) (*AgentRegistryAlreadyDeprecated, error) {
	out := new(AgentRegistryAlreadyDeprecated)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "AlreadyDeprecated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func AgentRegistryERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (agentRegistry *AgentRegistry) UnpackERC721IncorrectOwnerError(raw []byte) (*AgentRegistryERC721IncorrectOwner, error) {
	out := new(AgentRegistryERC721IncorrectOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the AgentRegistry contract.
type AgentRegistryERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func AgentRegistryERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721InsufficientApprovalError(raw []byte) (*AgentRegistryERC721InsufficientApproval, error) {
	out := new(AgentRegistryERC721InsufficientApproval)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidApprover represents a ERC721InvalidApprover error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func AgentRegistryERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidApproverError(raw []byte) (*AgentRegistryERC721InvalidApprover, error) {
	out := new(AgentRegistryERC721InvalidApprover)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOperator represents a ERC721InvalidOperator error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func AgentRegistryERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOperatorError(raw []byte) (*AgentRegistryERC721InvalidOperator, error) {
	out := new(AgentRegistryERC721InvalidOperator)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidOwner represents a ERC721InvalidOwner error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func AgentRegistryERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidOwnerError(raw []byte) (*AgentRegistryERC721InvalidOwner, error) {
	out := new(AgentRegistryERC721InvalidOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func AgentRegistryERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidReceiverError(raw []byte) (*AgentRegistryERC721InvalidReceiver, error) {
	out := new(AgentRegistryERC721InvalidReceiver)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721InvalidSender represents a ERC721InvalidSender error raised by the AgentRegistry contract.
type AgentRegistryERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func AgentRegistryERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (agentRegistry *AgentRegistry) UnpackERC721InvalidSenderError(raw []byte) (*AgentRegistryERC721InvalidSender, error) {
	out := new(AgentRegistryERC721InvalidSender)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryERC721NonexistentToken represents a ERC721NonexistentToken error raised by the AgentRegistry contract.
type AgentRegistryERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func AgentRegistryERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackERC721NonexistentTokenError(raw []byte) (*AgentRegistryERC721NonexistentToken, error) {
	out := new(AgentRegistryERC721NonexistentToken)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryEmptyManifest represents a EmptyManifest error raised by the AgentRegistry contract.
type AgentRegistryEmptyManifest struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyManifest()
func AgentRegistryEmptyManifestErrorID() common.Hash {
	return common.HexToHash("0xd9313d2917e6ed7f09348eab6522a494f90cfe097f11ce8a71065698a9ac9546")
}

// UnpackEmptyManifestError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyManifest()
func (agentRegistry *AgentRegistry) UnpackEmptyManifestError(raw []byte) (*AgentRegistryEmptyManifest, error) {
	out := new(AgentRegistryEmptyManifest)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "EmptyManifest", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotAgentOwner represents a NotAgentOwner error raised by the AgentRegistry contract.
type AgentRegistryNotAgentOwner struct {
	AgentKey [32]byte
	Owner    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func AgentRegistryNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0xa1b84ca3ba88cd34c2329f229bdb6814039ac23f7be3e4a11cf41f573ca3e9d3")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(bytes32 agentKey, address owner)
func (agentRegistry *AgentRegistry) UnpackNotAgentOwnerError(raw []byte) (*AgentRegistryNotAgentOwner, error) {
	out := new(AgentRegistryNotAgentOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryNotVersionOwner represents a NotVersionOwner error raised by the AgentRegistry contract.
type AgentRegistryNotVersionOwner struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func AgentRegistryNotVersionOwnerErrorID() common.Hash {
	return common.HexToHash("0xd5e46d6f1f2b370b5cf446f840b2c27a3919ecde8f3b16311a2b731011aecc81")
}

// UnpackNotVersionOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotVersionOwner(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackNotVersionOwnerError(raw []byte) (*AgentRegistryNotVersionOwner, error) {
	out := new(AgentRegistryNotVersionOwner)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "NotVersionOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryUnknownVersion represents a UnknownVersion error raised by the AgentRegistry contract.
type AgentRegistryUnknownVersion struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func AgentRegistryUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0xd2a39246624a71163c69877b18501e0ca71d5c946abbdea856dc745e811708a9")
}

// UnpackUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVersion(uint256 tokenId)
func (agentRegistry *AgentRegistry) UnpackUnknownVersionError(raw []byte) (*AgentRegistryUnknownVersion, error) {
	out := new(AgentRegistryUnknownVersion)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentRegistryZeroAgentKey represents a ZeroAgentKey error raised by the AgentRegistry contract.
type AgentRegistryZeroAgentKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAgentKey()
func AgentRegistryZeroAgentKeyErrorID() common.Hash {
	return common.HexToHash("0x9d1311fc84d5793092b91835b28e90d32f34327277339ca9d75d9d5f0803a2cb")
}

// UnpackZeroAgentKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAgentKey()
func (agentRegistry *AgentRegistry) UnpackZeroAgentKeyError(raw []byte) (*AgentRegistryZeroAgentKey, error) {
	out := new(AgentRegistryZeroAgentKey)
	if err := agentRegistry.abi.UnpackIntoInterface(out, "ZeroAgentKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenMetaData contains all meta data concerning the CereToken contract.
var CereTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"OwnableInvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"renounceOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "CereToken",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610d0b380380610d0b83398101604081905261002e91610288565b82604051806040016040528060048152602001634365726560e01b815250604051806040016040528060048152602001634345524560e01b81525081600390816100789190610370565b5060046100858282610370565b5050506001600160a01b0381166100b657604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100bf816100d9565b5060ff82166080526100d1838261012a565b50505061044f565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0382166101535760405163ec442f0560e01b81525f60048201526024016100ad565b61015e5f8383610162565b5050565b6001600160a01b03831661018c578060025f828254610181919061042a565b909155506101fc9050565b6001600160a01b0383165f90815260208190526040902054818110156101de5760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016100ad565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661021857600280548290039055610236565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161027b91815260200190565b60405180910390a3505050565b5f5f5f6060848603121561029a575f5ffd5b83516001600160a01b03811681146102b0575f5ffd5b602085015190935060ff811681146102c6575f5ffd5b80925050604084015190509250925092565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061030057607f821691505b60208210810361031e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561036b57805f5260205f20601f840160051c810160208510156103495750805b601f840160051c820191505b81811015610368575f8155600101610355565b50505b505050565b81516001600160401b03811115610389576103896102d8565b61039d8161039784546102ec565b84610324565b6020601f8211600181146103cf575f83156103b85750848201515b5f19600385901b1c1916600184901b178455610368565b5f84815260208120601f198516915b828110156103fe57878501518255602094850194600190920191016103de565b508482101561041b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b8082018082111561044957634e487b7160e01b5f52601160045260245ffd5b92915050565b6080516108a46104675f395f61013c01526108a45ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c806370a082311161008857806395d89b411161006357806395d89b41146101c6578063a9059cbb146101ce578063dd62ed3e146101e1578063f2fde38b14610219575f5ffd5b806370a082311461017b578063715018a6146101a35780638da5cb5b146101ab575f5ffd5b806306fdde03146100cf578063095ea7b3146100ed57806318160ddd1461011057806323b872dd14610122578063313ce5671461013557806340c10f1914610166575b5f5ffd5b6100d761022c565b6040516100e49190610714565b60405180910390f35b6101006100fb366004610764565b6102bc565b60405190151581526020016100e4565b6002545b6040519081526020016100e4565b61010061013036600461078c565b6102d5565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100e4565b610179610174366004610764565b6102f8565b005b6101146101893660046107c6565b6001600160a01b03165f9081526020819052604090205490565b61017961030e565b6005546040516001600160a01b0390911681526020016100e4565b6100d7610321565b6101006101dc366004610764565b610330565b6101146101ef3660046107e6565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6101796102273660046107c6565b61033d565b60606003805461023b90610817565b80601f016020809104026020016040519081016040528092919081815260200182805461026790610817565b80156102b25780601f10610289576101008083540402835291602001916102b2565b820191905f5260205f20905b81548152906001019060200180831161029557829003601f168201915b5050505050905090565b5f336102c981858561037f565b60019150505b92915050565b5f336102e2858285610391565b6102ed85858561040d565b506001949350505050565b61030061046a565b61030a8282610497565b5050565b61031661046a565b61031f5f6104cb565b565b60606004805461023b90610817565b5f336102c981858561040d565b61034561046a565b6001600160a01b03811661037357604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b61037c816104cb565b50565b61038c838383600161051c565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f1981101561040757818110156103f957604051637dc7a0d960e11b81526001600160a01b0384166004820152602481018290526044810183905260640161036a565b61040784848484035f61051c565b50505050565b6001600160a01b03831661043657604051634b637e8f60e11b81525f600482015260240161036a565b6001600160a01b03821661045f5760405163ec442f0560e01b81525f600482015260240161036a565b61038c8383836105ee565b6005546001600160a01b0316331461031f5760405163118cdaa760e01b815233600482015260240161036a565b6001600160a01b0382166104c05760405163ec442f0560e01b81525f600482015260240161036a565b61030a5f83836105ee565b600580546001600160a01b038381166001600160a01b0319831681179093556040519116919082907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0905f90a35050565b6001600160a01b0384166105455760405163e602df0560e01b81525f600482015260240161036a565b6001600160a01b03831661056e57604051634a1406b160e11b81525f600482015260240161036a565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561040757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516105e091815260200190565b60405180910390a350505050565b6001600160a01b038316610618578060025f82825461060d919061084f565b909155506106889050565b6001600160a01b0383165f908152602081905260409020548181101561066a5760405163391434e360e21b81526001600160a01b0385166004820152602481018290526044810183905260640161036a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b0382166106a4576002805482900390556106c2565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161070791815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b038116811461075f575f5ffd5b919050565b5f5f60408385031215610775575f5ffd5b61077e83610749565b946020939093013593505050565b5f5f5f6060848603121561079e575f5ffd5b6107a784610749565b92506107b560208501610749565b929592945050506040919091013590565b5f602082840312156107d6575f5ffd5b6107df82610749565b9392505050565b5f5f604083850312156107f7575f5ffd5b61080083610749565b915061080e60208401610749565b90509250929050565b600181811c9082168061082b57607f821691505b60208210810361084957634e487b7160e01b5f52602260045260245ffd5b50919050565b808201808211156102cf57634e487b7160e01b5f52601160045260245ffdfea26469706673582212201536be6f635172916570ec9bb5a5d4dbf0f32f782c371290a41e9eef8e7d4cce64736f6c634300081e0033",
}

// CereToken is an auto generated Go binding around an Ethereum contract.
type CereToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CereToken) GetABI() abi.ABI {
	return c.abi
}

// NewCereToken creates a new instance of CereToken.
func NewCereToken() *CereToken {
	parsed, err := CereTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CereToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CereToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, uint8 decimals_, uint256 supply) returns()
func (cereToken *CereToken) PackConstructor(owner_ common.Address, decimals_ uint8, supply *big.Int) []byte {
	enc, err := cereToken.abi.Pack("", owner_, decimals_, supply)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := cereToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return cereToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (cereToken *CereToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackApprove(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) PackBalanceOf(account common.Address) []byte {
	enc, err := cereToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return cereToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (cereToken *CereToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) PackDecimals() []byte {
	enc, err := cereToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) TryPackDecimals() ([]byte, error) {
	return cereToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (cereToken *CereToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := cereToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := cereToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (cereToken *CereToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) PackName() []byte {
	enc, err := cereToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) TryPackName() ([]byte, error) {
	return cereToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (cereToken *CereToken) UnpackName(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) PackOwner() []byte {
	enc, err := cereToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) TryPackOwner() ([]byte, error) {
	return cereToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (cereToken *CereToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := cereToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) PackRenounceOwnership() []byte {
	enc, err := cereToken.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (cereToken *CereToken) TryPackRenounceOwnership() ([]byte, error) {
	return cereToken.abi.Pack("renounceOwnership")
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) PackSymbol() []byte {
	enc, err := cereToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) TryPackSymbol() ([]byte, error) {
	return cereToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (cereToken *CereToken) UnpackSymbol(data []byte) (string, error) {
	out, err := cereToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) PackTotalSupply() []byte {
	enc, err := cereToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) TryPackTotalSupply() ([]byte, error) {
	return cereToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (cereToken *CereToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := cereToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := cereToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return cereToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (cereToken *CereToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := cereToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := cereToken.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (cereToken *CereToken) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return cereToken.abi.Pack("transferOwnership", newOwner)
}

// CereTokenApproval represents a Approval event raised by the CereToken contract.
type CereTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const CereTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (CereTokenApproval) ContractEventName() string {
	return CereTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (cereToken *CereToken) UnpackApprovalEvent(log *types.Log) (*CereTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenApproval)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenOwnershipTransferred represents a OwnershipTransferred event raised by the CereToken contract.
type CereTokenOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const CereTokenOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (CereTokenOwnershipTransferred) ContractEventName() string {
	return CereTokenOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (cereToken *CereToken) UnpackOwnershipTransferredEvent(log *types.Log) (*CereTokenOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// CereTokenTransfer represents a Transfer event raised by the CereToken contract.
type CereTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const CereTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (CereTokenTransfer) ContractEventName() string {
	return CereTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (cereToken *CereToken) UnpackTransferEvent(log *types.Log) (*CereTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != cereToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(CereTokenTransfer)
	if len(log.Data) > 0 {
		if err := cereToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range cereToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cereToken *CereToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return cereToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], cereToken.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return cereToken.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CereTokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the CereToken contract.
type CereTokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func CereTokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*CereTokenERC20InsufficientAllowance, error) {
	out := new(CereTokenERC20InsufficientAllowance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the CereToken contract.
type CereTokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func CereTokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (cereToken *CereToken) UnpackERC20InsufficientBalanceError(raw []byte) (*CereTokenERC20InsufficientBalance, error) {
	out := new(CereTokenERC20InsufficientBalance)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the CereToken contract.
type CereTokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func CereTokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (cereToken *CereToken) UnpackERC20InvalidApproverError(raw []byte) (*CereTokenERC20InvalidApprover, error) {
	out := new(CereTokenERC20InvalidApprover)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the CereToken contract.
type CereTokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func CereTokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (cereToken *CereToken) UnpackERC20InvalidReceiverError(raw []byte) (*CereTokenERC20InvalidReceiver, error) {
	out := new(CereTokenERC20InvalidReceiver)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSender represents a ERC20InvalidSender error raised by the CereToken contract.
type CereTokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func CereTokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (cereToken *CereToken) UnpackERC20InvalidSenderError(raw []byte) (*CereTokenERC20InvalidSender, error) {
	out := new(CereTokenERC20InvalidSender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the CereToken contract.
type CereTokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func CereTokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (cereToken *CereToken) UnpackERC20InvalidSpenderError(raw []byte) (*CereTokenERC20InvalidSpender, error) {
	out := new(CereTokenERC20InvalidSpender)
	if err := cereToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the CereToken contract.
type CereTokenOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func CereTokenOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (cereToken *CereToken) UnpackOwnableInvalidOwnerError(raw []byte) (*CereTokenOwnableInvalidOwner, error) {
	out := new(CereTokenOwnableInvalidOwner)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CereTokenOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the CereToken contract.
type CereTokenOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func CereTokenOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (cereToken *CereToken) UnpackOwnableUnauthorizedAccountError(raw []byte) (*CereTokenOwnableUnauthorizedAccount, error) {
	out := new(CereTokenOwnableUnauthorizedAccount)
	if err := cereToken.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTMetaData contains all meta data concerning the LicenceNFT contract.
var LicenceNFTMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"DeprecatedSubject\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721IncorrectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721InsufficientApproval\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"ERC721InvalidOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC721InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC721InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ERC721NonexistentToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"InTheFuture\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotDeployer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"NotFor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotGrantor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"}],\"name\":\"NotSubjectOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotValid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"OverLimit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SettlementAlreadySet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownLicence\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"name\":\"Consumed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"Granted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Revoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"SettlementSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expires\",\"type\":\"uint64\"}],\"name\":\"UpdateUser\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"consume\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"licensee\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"isValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"licence\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"grantor\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"subject\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"notBefore\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"maxComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedUnits\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"usedComputeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"revokedAt\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"dataTypes\",\"type\":\"bytes32[]\"}],\"internalType\":\"structLicenceNFT.Licence\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIAgentVersions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"remaining\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"settlement_\",\"type\":\"address\"}],\"name\":\"setSettlement\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"settlement\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userExpires\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"userOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LicenceNFT",
	Bin: "0x60c06040526001600955348015610014575f5ffd5b506040516128b03803806128b0833981016040819052610033916100ab565b6040518060400160405280600c81526020016b43657265204c6963656e636560a01b81525060405180604001604052806007815260200166434552454c494360c81b815250815f90816100869190610170565b5060016100938282610170565b5050506001600160a01b03166080523360a05261022a565b5f602082840312156100bb575f5ffd5b81516001600160a01b03811681146100d1575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061010057607f821691505b60208210810361011e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561016b57805f5260205f20601f840160051c810160208510156101495750805b601f840160051c820191505b81811015610168575f8155600101610155565b50505b505050565b81516001600160401b03811115610189576101896100d8565b61019d8161019784546100ec565b84610124565b6020601f8211600181146101cf575f83156101b85750848201515b5f19600385901b1c1916600184901b178455610168565b5f84815260208120601f198516915b828110156101fe57878501518255602094850194600190920191016101de565b508482101561021b57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b60805160a0516126506102605f395f610c9001525f81816102e2015281816105d00152818161094801526109f001526126505ff3fe608060405234801561000f575f5ffd5b506004361061016d575f3560e01c80636352211e116100d9578063a22cb46511610093578063c87b56dd1161006e578063c87b56dd1461036b578063ca78e39d1461037e578063e985e9c514610391578063eb456c5d146103a4575f5ffd5b8063a22cb46514610332578063b88d4fde14610345578063c2f1f14a14610358575f5ffd5b80636352211e146102b757806370a08231146102ca5780637b103999146102dd5780638f4e6f37146103045780638fc88c481461031757806395d89b411461032a575f5ffd5b806321059fe01161012a57806321059fe01461023457806323b872dd1461025457806342842e0e14610267578063511606301461027a5780635f986f541461028d57806361b8ce8c146102ae575f5ffd5b806301ffc9a7146101715780630361bf141461019957806306fdde03146101cc578063081812fc146101e1578063095ea7b31461020c57806320c5429b14610221575b5f5ffd5b61018461017f366004611f0a565b6103b7565b60405190151581526020015b60405180910390f35b6101ac6101a7366004611f25565b610408565b604080516001600160401b03938416815292909116602083015201610190565b6101d46104c7565b6040516101909190611f6a565b6101f46101ef366004611f25565b610556565b6040516001600160a01b039091168152602001610190565b61021f61021a366004611f90565b61057d565b005b61021f61022f366004611f25565b61058c565b610247610242366004611f25565b610738565b6040516101909190611ff4565b61021f6102623660046120d0565b610879565b61021f6102753660046120d0565b610902565b6006546101f4906001600160a01b031681565b6102a061029b366004612124565b610921565b604051908152602001610190565b6102a060095481565b6101f46102c5366004611f25565b610c36565b6102a06102d83660046121ef565b610c40565b6101f47f000000000000000000000000000000000000000000000000000000000000000081565b61021f6103123660046121ef565b610c85565b6102a0610325366004611f25565b610d4c565b6101d4610da1565b61021f610340366004612217565b610db0565b61021f610353366004612262565b610dbb565b6101f4610366366004611f25565b610dd3565b6101d4610379366004611f25565b610df1565b61021f61038c366004612340565b610e62565b61018461039f3660046123a4565b611155565b6101846103b23660046123d0565b611182565b5f6001600160e01b031982166380ac58cd60e01b14806103e757506001600160e01b03198216635b5e139f60e01b145b8061040257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f61041484611235565b6002810154909150600160801b90046001600160401b03161561045d5760038101546002820154610458916001600160401b0390811691600160801b90041661240e565b610466565b6001600160401b035b6002820154909350600160c01b90046001600160401b0316156104b657600381015460028201546104b1916001600160401b03600160401b909104811691600160c01b90041661240e565b6104bf565b6001600160401b035b915050915091565b60605f80546104d59061242d565b80601f01602080910402602001604051908101604052809291908181526020018280546105019061242d565b801561054c5780601f106105235761010080835404028352916020019161054c565b820191905f5260205f20905b81548152906001019060200180831161052f57829003601f168201915b5050505050905090565b5f61056082611281565b505f828152600460205260409020546001600160a01b0316610402565b6105888282336112b9565b5050565b5f61059682611235565b90505f81600101545f036105b45781546001600160a01b0316610641565b60018201546040516331a9108f60e11b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa15801561061d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106419190612465565b90506001600160a01b038116331461067457604051630c50319d60e21b8152600481018490526024015b60405180910390fd5b6003820154600160801b90046001600160401b0316156106aa5760405163e80455f560e01b81526004810184905260240161066b565b60038201805467ffffffffffffffff60801b1916600160801b426001600160401b03160217905560405183907f61e27b0bfd8e18e6b92ec32ce1c28bb698d27bfe93e84c7e94d4db0a3135c760905f90a26040515f8082529084907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe906020015b60405180910390a3505050565b60408051610140810182525f8082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e0820183905261010082019290925261012081019190915261079382611235565b604080516101408101825282546001600160a01b03168152600183015460208083019190915260028401546001600160401b0380821684860152600160401b80830482166060860152600160801b80840483166080870152600160c01b909304821660a0860152600387015480831660c0870152908104821660e08601529190910416610100830152600484018054845181840281018401909552808552929493610120860193909283018282801561086957602002820191905f5260205f20905b815481526020019060010190808311610855575b5050505050815250509050919050565b6001600160a01b0382166108a257604051633250574960e11b81525f600482015260240161066b565b5f6108ae8383336112c6565b9050836001600160a01b0316816001600160a01b0316146108fc576040516364283d7b60e01b81526001600160a01b038086166004830152602482018490528216604482015260640161066b565b50505050565b61091c83838360405180602001604052805f815250610dbb565b505050565b5f8715610a82576040516331a9108f60e11b81526004810189905233906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa15801561098d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109b19190612465565b6001600160a01b0316146109da5760405162667e7360e31b81526004810189905260240161066b565b604051632236f34d60e11b8152600481018990527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063446de69a90602401602060405180830381865afa158015610a3d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a619190612480565b15610a82576040516330632edd60e21b81526004810189905260240161066b565b846001600160401b0316846001600160401b0316111580610aac575042846001600160401b031611155b15610add5760405163d389761b60e01b81526001600160401b0380871660048301528516602482015260440161066b565b60098054905f610aec8361249b565b909155505f8181526007602052604090208054336001600160a01b0319909116178155600181018a90556002810180546001600160401b038981166001600160801b031990921691909117600160401b89831602176fffffffffffffffffffffffffffffffff16600160801b888316026001600160c01b031617600160c01b91871691909102179055909150610b86600482018989611e95565b50610b918a836113ca565b888a6001600160a01b0316837f3c02e9e460f87a5202b735b8584b5e33d851472712cb0a56bc3700b9af006952338c8c8c8c8c8c604051610bd897969594939291906124b3565b60405180910390a46040516001600160401b03861681526001600160a01b038b169083907f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe9060200160405180910390a35098975050505050505050565b5f61040282611281565b5f6001600160a01b038216610c6a576040516322718ad960e21b81525f600482015260240161066b565b506001600160a01b03165f9081526003602052604090205490565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610cce57604051638b906c9760e01b815260040160405180910390fd5b6006546001600160a01b031615610cf857604051632584678960e01b815260040160405180910390fd5b600680546001600160a01b0319166001600160a01b0383169081179091556040519081527f9f266baf9d71b9257e2d4938694b1264393222f7d373cca75af0998bb5fcca999060200160405180910390a150565b5f5f610d5783611235565b6003810154909150600160801b90046001600160401b03165f03610d8f576002810154600160401b90046001600160401b0316610d91565b5f5b6001600160401b03169392505050565b6060600180546104d59061242d565b61058833838361142b565b610dc6848484610879565b6108fc33858585856114c1565b5f610dde8242611182565b610de8575f610402565b61040282610c36565b6060610dfc82611281565b505f610e1260408051602081019091525f815290565b90505f815111610e305760405180602001604052805f815250610e5b565b80610e3a846115e9565b604051602001610e4b929190612537565b6040516020818303038152906040525b9392505050565b6006546001600160a01b03163314610e8d576040516376f04f9560e11b815260040160405180910390fd5b42816001600160401b03161115610ec257604051632f4ad1b160e21b81526001600160401b038216600482015260240161066b565b5f868152600760205260409020610ed98183611678565b610ef957604051630dcfd36360e21b81526004810188905260240161066b565b848160010154141580610f3e57505f8781526008602052604090206001600160a01b03871690610f32906001600160401b038516611714565b6001600160a01b031614155b15610f7557604051630b4260f760e21b8152600481018890526001600160a01b03871660248201526044810186905260640161066b565b6003810154610f8f906001600160401b039081169061240e565b6001600160401b0316846001600160401b03161180610fdf57506003810154610fca906001600160401b03600160401b90910481169061240e565b6001600160401b0316836001600160401b0316115b1561100057604051631cfe728160e31b81526004810188905260240161066b565b60038101545f9061101b9086906001600160401b031661254b565b60038301549091505f90611040908690600160401b90046001600160401b031661254b565b6002840154909150600160801b90046001600160401b03161580159061107d575060028301546001600160401b03600160801b9091048116908316115b806110bd57506002830154600160c01b90046001600160401b0316158015906110bd575060028301546001600160401b03600160c01b9091048116908216115b156110de57604051631cfe728160e31b8152600481018a905260240161066b565b6003830180546001600160401b038481166001600160801b031990921691909117600160401b848316021790915560408051888316815291871660208301528a917fd89516eb591ab6b2742a52f113cbfc5196225d90ef49368fa2db41daa3295c31910160405180910390a2505050505050505050565b6001600160a01b039182165f90815260056020908152604080832093909416825291909152205460ff1690565b5f8281526007602052604081206111998184611678565b6111a6575f915050610402565b6002810154600160801b90046001600160401b031615806111e25750600281015460038201546001600160401b03600160801b90920482169116105b801561122d57506002810154600160c01b90046001600160401b0316158061122d575060028101546003820154600160c01b9091046001600160401b03908116600160401b90920416105b949350505050565b5f81815260076020526040812060028101549091600160401b9091046001600160401b0316900361127c576040516349adf88f60e01b81526004810183905260240161066b565b919050565b5f818152600260205260408120546001600160a01b03168061040257604051637e27328960e01b81526004810184905260240161066b565b61091c83838360016117c5565b5f6112d28484846118c9565b90506113026001600160a01b038216156112ec57426112ee565b5f5b5f85815260086020526040902090866119bb565b50506001600160a01b0381161580159061132457506001600160a01b03841615155b15610e5b575f8381526007602052604090206003810154600160801b90046001600160401b0316151580611358578561135a565b5f5b6001600160a01b0316857f4e06b4e7000e659094299b3533b47b6aa8ad048e95e872d23d1f4ee55af89cfe836113a4576002850154600160401b90046001600160401b03166113a6565b5f5b6040516001600160401b03909116815260200160405180910390a350509392505050565b6001600160a01b0382166113f357604051633250574960e11b81525f600482015260240161066b565b5f6113ff83835f6112c6565b90506001600160a01b0381161561091c576040516339e3563760e11b81525f600482015260240161066b565b6001600160a01b03821661145d57604051630b61174360e31b81526001600160a01b038316600482015260240161066b565b6001600160a01b038381165f81815260056020908152604080832094871680845294825291829020805460ff191686151590811790915591519182527f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910161072b565b6001600160a01b0383163b156115e257604051630a85bd0160e11b81526001600160a01b0384169063150b7a029061150390889088908790879060040161256a565b6020604051808303815f875af192505050801561153d575060408051601f3d908101601f1916820190925261153a918101906125a6565b60015b6115a4573d80801561156a576040519150601f19603f3d011682016040523d82523d5f602084013e61156f565b606091505b5080515f0361159c57604051633250574960e11b81526001600160a01b038516600482015260240161066b565b805160208201fd5b6001600160e01b03198116630a85bd0160e11b146115e057604051633250574960e11b81526001600160a01b038516600482015260240161066b565b505b5050505050565b60605f6115f5836119d5565b60010190505f816001600160401b038111156116135761161361224e565b6040519080825280601f01601f19166020018201604052801561163d576020820181803683370190505b5090508181016020015b5f19016f181899199a1a9b1b9c1cb0b131b232b360811b600a86061a8153600a850494508461164757509392505050565b60028201545f90600160401b90046001600160401b0316158015906116d057506003830154600160801b90046001600160401b031615806116d0575060038301546001600160401b03600160801b9091048116908316105b80156116ed575060028301546001600160401b0390811690831610155b8015610e5b57505060029190910154600160401b90046001600160401b0390811691161090565b81545f9081816005811115611771575f61172d84611aac565b61173790856125d5565b5f888152602090209091508101546001600160601b0390811690871610156117615780915061176f565b61176c8160016125e8565b92505b505b5f61177e87878585611bff565b905080156117b8576117a2876117956001846125d5565b5f91825260209091200190565b54600160601b90046001600160a01b03166117ba565b5f5b979650505050505050565b80806117d957506001600160a01b03821615155b1561189a575f6117e884611281565b90506001600160a01b038316158015906118145750826001600160a01b0316816001600160a01b031614155b801561182757506118258184611155565b155b156118505760405163a9fbf51f60e01b81526001600160a01b038416600482015260240161066b565b81156118985783856001600160a01b0316826001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92560405160405180910390a45b505b50505f90815260046020526040902080546001600160a01b0319166001600160a01b0392909216919091179055565b5f828152600260205260408120546001600160a01b03908116908316156118f5576118f5818486611c60565b6001600160a01b0381161561192f576119105f855f5f6117c5565b6001600160a01b0381165f90815260036020526040902080545f190190555b6001600160a01b0385161561195d576001600160a01b0385165f908152600360205260409020805460010190555b5f8481526002602052604080822080546001600160a01b0319166001600160a01b0389811691821790925591518793918516917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a4949350505050565b5f806119c8858585611cc4565b915091505b935093915050565b5f8072184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b8310611a135772184f03e93ff9f4daa797ed6e38ed64bf6a1f0160401b830492506040015b6d04ee2d6d415b85acef81000000008310611a3f576d04ee2d6d415b85acef8100000000830492506020015b662386f26fc100008310611a5d57662386f26fc10000830492506010015b6305f5e1008310611a75576305f5e100830492506008015b6127108310611a8957612710830492506004015b60648310611a9b576064830492506002015b600a83106104025760010192915050565b5f60018211611ab9575090565b816001600160801b8210611ad25760809190911c9060401b5b600160401b8210611ae85760409190911c9060201b5b6401000000008210611aff5760209190911c9060101b5b620100008210611b145760109190911c9060081b5b6101008210611b285760089190911c9060041b5b60108210611b3b5760049190911c9060021b5b60048210611b475760011b5b600302600190811c90818581611b5f57611b5f6125c1565b048201901c90506001818581611b7757611b776125c1565b048201901c90506001818581611b8f57611b8f6125c1565b048201901c90506001818581611ba757611ba76125c1565b048201901c90506001818581611bbf57611bbf6125c1565b048201901c90506001818581611bd757611bd76125c1565b048201901c9050611bf6818581611bf057611bf06125c1565b04821190565b90039392505050565b5f5b81831015611c58575f611c148484611e1a565b5f878152602090209091506001600160601b038616908201546001600160601b03161115611c4457809250611c52565b611c4f8160016125e8565b93505b50611c01565b509392505050565b611c6b838383611e34565b61091c576001600160a01b038316611c9957604051637e27328960e01b81526004810182905260240161066b565b60405163177e802f60e01b81526001600160a01b03831660048201526024810182905260440161066b565b82545f9081908015611dbf575f611ce0876117956001856125d5565b80549091506001600160601b0380821691600160601b90046001600160a01b0316908816821115611d2457604051632520601d60e01b815260040160405180910390fd5b876001600160601b0316826001600160601b031603611d605782546001600160601b0316600160601b6001600160a01b03891602178355611db1565b604080518082019091526001600160601b03808a1682526001600160a01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160601b029216919091179101555b94508593506119cd92505050565b5050604080518082019091526001600160601b0380851682526001600160a01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160601b0291909316179201919091559050816119cd565b5f611e2860028484186125fb565b610e5b908484166125e8565b5f6001600160a01b0383161580159061122d5750826001600160a01b0316846001600160a01b03161480611e6d5750611e6d8484611155565b8061122d5750505f908152600460205260409020546001600160a01b03908116911614919050565b828054828255905f5260205f20908101928215611ece579160200282015b82811115611ece578235825591602001919060010190611eb3565b50611eda929150611ede565b5090565b5b80821115611eda575f8155600101611edf565b6001600160e01b031981168114611f07575f5ffd5b50565b5f60208284031215611f1a575f5ffd5b8135610e5b81611ef2565b5f60208284031215611f35575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f610e5b6020830184611f3c565b6001600160a01b0381168114611f07575f5ffd5b5f5f60408385031215611fa1575f5ffd5b8235611fac81611f7c565b946020939093013593505050565b5f8151808452602084019350602083015f5b82811015611fea578151865260209586019590910190600101611fcc565b5093949350505050565b6020815261200e6020820183516001600160a01b03169052565b602082015160408201525f604083015161203360608401826001600160401b03169052565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e08301516001600160401b038116610100840152506101008301516001600160401b038116610120840152506101208301516101408084015261122d610160840182611fba565b5f5f5f606084860312156120e2575f5ffd5b83356120ed81611f7c565b925060208401356120fd81611f7c565b929592945050506040919091013590565b80356001600160401b038116811461127c575f5ffd5b5f5f5f5f5f5f5f5f60e0898b03121561213b575f5ffd5b883561214681611f7c565b97506020890135965060408901356001600160401b03811115612167575f5ffd5b8901601f81018b13612177575f5ffd5b80356001600160401b0381111561218c575f5ffd5b8b60208260051b84010111156121a0575f5ffd5b602091909101965094506121b660608a0161210e565b93506121c460808a0161210e565b92506121d260a08a0161210e565b91506121e060c08a0161210e565b90509295985092959890939650565b5f602082840312156121ff575f5ffd5b8135610e5b81611f7c565b8015158114611f07575f5ffd5b5f5f60408385031215612228575f5ffd5b823561223381611f7c565b915060208301356122438161220a565b809150509250929050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215612275575f5ffd5b843561228081611f7c565b9350602085013561229081611f7c565b92506040850135915060608501356001600160401b038111156122b1575f5ffd5b8501601f810187136122c1575f5ffd5b80356001600160401b038111156122da576122da61224e565b604051601f8201601f19908116603f011681016001600160401b03811182821017156123085761230861224e565b60405281815282820160200189101561231f575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f5f5f5f5f60c08789031215612355575f5ffd5b86359550602087013561236781611f7c565b94506040870135935061237c6060880161210e565b925061238a6080880161210e565b915061239860a0880161210e565b90509295509295509295565b5f5f604083850312156123b5575f5ffd5b82356123c081611f7c565b9150602083013561224381611f7c565b5f5f604083850312156123e1575f5ffd5b823591506123f16020840161210e565b90509250929050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115610402576104026123fa565b600181811c9082168061244157607f821691505b60208210810361245f57634e487b7160e01b5f52602260045260245ffd5b50919050565b5f60208284031215612475575f5ffd5b8151610e5b81611f7c565b5f60208284031215612490575f5ffd5b8151610e5b8161220a565b5f600182016124ac576124ac6123fa565b5060010190565b6001600160a01b038816815260c06020820181905281018690525f6001600160fb1b038711156124e1575f5ffd5b8660051b808960e08501376001600160401b039687166040840152948616606083015250918416608083015290921660a08301520160e0019392505050565b5f81518060208401855e5f93019283525090919050565b5f61122d6125458386612520565b84612520565b6001600160401b038181168382160190811115610402576104026123fa565b6001600160a01b03858116825284166020820152604081018390526080606082018190525f9061259c90830184611f3c565b9695505050505050565b5f602082840312156125b6575f5ffd5b8151610e5b81611ef2565b634e487b7160e01b5f52601260045260245ffd5b81810381811115610402576104026123fa565b80820180821115610402576104026123fa565b5f8261261557634e487b7160e01b5f52601260045260245ffd5b50049056fea2646970667358221220ff1f00dc1e1f367df39485c47b0bc4d70ffdf3e9186b233d86e13e0229aa22fa64736f6c634300081e0033",
}

// LicenceNFT is an auto generated Go binding around an Ethereum contract.
type LicenceNFT struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LicenceNFT) GetABI() abi.ABI {
	return c.abi
}

// NewLicenceNFT creates a new instance of LicenceNFT.
func NewLicenceNFT() *LicenceNFT {
	parsed, err := LicenceNFTMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LicenceNFT{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LicenceNFT) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address registry_) returns()
func (licenceNFT *LicenceNFT) PackConstructor(registry_ common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("", registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackApprove(to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("approve", to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackApprove(to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("approve", to, tokenId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) PackBalanceOf(owner common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca78e39d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) PackConsume(id *big.Int, user common.Address, subject *big.Int, units uint64, computeMs uint64, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("consume", id, user, subject, units, computeMs, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsume is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca78e39d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consume(uint256 id, address user, uint256 subject, uint64 units, uint64 computeMs, uint64 at) returns()
func (licenceNFT *LicenceNFT) TryPackConsume(id *big.Int, user common.Address, subject *big.Int, units uint64, computeMs uint64, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("consume", id, user, subject, units, computeMs, at)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackGetApproved(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("getApproved", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackGetApproved(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("getApproved", tokenId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) PackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) []byte {
	enc, err := licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrant is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f986f54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) TryPackGrant(licensee common.Address, subject *big.Int, dataTypes [][32]byte, notBefore uint64, expiresAt uint64, maxUnits uint64, maxComputeMs uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("grant", licensee, subject, dataTypes, notBefore, expiresAt, maxUnits, maxComputeMs)
}

// UnpackGrant is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f986f54.
//
// Solidity: function grant(address licensee, uint256 subject, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs) returns(uint256 id)
func (licenceNFT *LicenceNFT) UnpackGrant(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("grant", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) PackIsValid(id *big.Int, at uint64) []byte {
	enc, err := licenceNFT.abi.Pack("isValid", id, at)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeb456c5d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackIsValid(id *big.Int, at uint64) ([]byte, error) {
	return licenceNFT.abi.Pack("isValid", id, at)
}

// UnpackIsValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeb456c5d.
//
// Solidity: function isValid(uint256 id, uint64 at) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackIsValid(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("isValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint64,bytes32[]))
func (licenceNFT *LicenceNFT) PackLicence(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("licence", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicence is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21059fe0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint64,bytes32[]))
func (licenceNFT *LicenceNFT) TryPackLicence(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("licence", id)
}

// UnpackLicence is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21059fe0.
//
// Solidity: function licence(uint256 id) view returns((address,uint256,uint64,uint64,uint64,uint64,uint64,uint64,uint64,bytes32[]))
func (licenceNFT *LicenceNFT) UnpackLicence(data []byte) (LicenceNFTLicence, error) {
	out, err := licenceNFT.abi.Unpack("licence", data)
	if err != nil {
		return *new(LicenceNFTLicence), err
	}
	out0 := *abi.ConvertType(out[0], new(LicenceNFTLicence)).(*LicenceNFTLicence)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) PackName() []byte {
	enc, err := licenceNFT.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) TryPackName() ([]byte, error) {
	return licenceNFT.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (licenceNFT *LicenceNFT) UnpackName(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) PackNextId() []byte {
	enc, err := licenceNFT.abi.Pack("nextId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61b8ce8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackNextId() ([]byte, error) {
	return licenceNFT.abi.Pack("nextId")
}

// UnpackNextId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61b8ce8c.
//
// Solidity: function nextId() view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackNextId(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("nextId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) PackOwnerOf(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("ownerOf", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) TryPackOwnerOf(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("ownerOf", tokenId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 tokenId) view returns(address)
func (licenceNFT *LicenceNFT) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) PackRegistry() []byte {
	enc, err := licenceNFT.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) TryPackRegistry() ([]byte, error) {
	return licenceNFT.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (licenceNFT *LicenceNFT) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) PackRemaining(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("remaining", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemaining is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0361bf14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) TryPackRemaining(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("remaining", id)
}

// RemainingOutput serves as a container for the return parameters of contract
// method Remaining.
type RemainingOutput struct {
	Units     uint64
	ComputeMs uint64
}

// UnpackRemaining is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0361bf14.
//
// Solidity: function remaining(uint256 id) view returns(uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackRemaining(data []byte) (RemainingOutput, error) {
	out, err := licenceNFT.abi.Unpack("remaining", data)
	outstruct := new(RemainingOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Units = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ComputeMs = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) PackRevoke(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("revoke", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevoke is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20c5429b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revoke(uint256 id) returns()
func (licenceNFT *LicenceNFT) TryPackRevoke(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("revoke", id)
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom", from, to, tokenId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) PackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) []byte {
	enc, err := licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 tokenId, bytes data) returns()
func (licenceNFT *LicenceNFT) TryPackSafeTransferFrom0(from common.Address, to common.Address, tokenId *big.Int, data []byte) ([]byte, error) {
	return licenceNFT.abi.Pack("safeTransferFrom0", from, to, tokenId, data)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (licenceNFT *LicenceNFT) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return licenceNFT.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) PackSetSettlement(settlement common.Address) []byte {
	enc, err := licenceNFT.abi.Pack("setSettlement", settlement)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f4e6f37.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSettlement(address settlement_) returns()
func (licenceNFT *LicenceNFT) TryPackSetSettlement(settlement common.Address) ([]byte, error) {
	return licenceNFT.abi.Pack("setSettlement", settlement)
}

// PackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) PackSettlement() []byte {
	enc, err := licenceNFT.abi.Pack("settlement")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettlement is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x51160630.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) TryPackSettlement() ([]byte, error) {
	return licenceNFT.abi.Pack("settlement")
}

// UnpackSettlement is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x51160630.
//
// Solidity: function settlement() view returns(address)
func (licenceNFT *LicenceNFT) UnpackSettlement(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("settlement", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := licenceNFT.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return licenceNFT.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (licenceNFT *LicenceNFT) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := licenceNFT.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) PackSymbol() []byte {
	enc, err := licenceNFT.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) TryPackSymbol() ([]byte, error) {
	return licenceNFT.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (licenceNFT *LicenceNFT) UnpackSymbol(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) PackTokenURI(tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("tokenURI", tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) TryPackTokenURI(tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("tokenURI", tokenId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 tokenId) view returns(string)
func (licenceNFT *LicenceNFT) UnpackTokenURI(data []byte) (string, error) {
	out, err := licenceNFT.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) PackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 tokenId) returns()
func (licenceNFT *LicenceNFT) TryPackTransferFrom(from common.Address, to common.Address, tokenId *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("transferFrom", from, to, tokenId)
}

// PackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) PackUserExpires(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userExpires", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserExpires is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fc88c48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) TryPackUserExpires(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userExpires", id)
}

// UnpackUserExpires is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fc88c48.
//
// Solidity: function userExpires(uint256 id) view returns(uint256)
func (licenceNFT *LicenceNFT) UnpackUserExpires(data []byte) (*big.Int, error) {
	out, err := licenceNFT.abi.Unpack("userExpires", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) PackUserOf(id *big.Int) []byte {
	enc, err := licenceNFT.abi.Pack("userOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUserOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2f1f14a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) TryPackUserOf(id *big.Int) ([]byte, error) {
	return licenceNFT.abi.Pack("userOf", id)
}

// UnpackUserOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc2f1f14a.
//
// Solidity: function userOf(uint256 id) view returns(address)
func (licenceNFT *LicenceNFT) UnpackUserOf(data []byte) (common.Address, error) {
	out, err := licenceNFT.abi.Unpack("userOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// LicenceNFTApproval represents a Approval event raised by the LicenceNFT contract.
type LicenceNFTApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApproval) ContractEventName() string {
	return LicenceNFTApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackApprovalEvent(log *types.Log) (*LicenceNFTApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApproval)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTApprovalForAll represents a ApprovalForAll event raised by the LicenceNFT contract.
type LicenceNFTApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const LicenceNFTApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (LicenceNFTApprovalForAll) ContractEventName() string {
	return LicenceNFTApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (licenceNFT *LicenceNFT) UnpackApprovalForAllEvent(log *types.Log) (*LicenceNFTApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTApprovalForAll)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTConsumed represents a Consumed event raised by the LicenceNFT contract.
type LicenceNFTConsumed struct {
	Id        *big.Int
	Units     uint64
	ComputeMs uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const LicenceNFTConsumedEventName = "Consumed"

// ContractEventName returns the user-defined event name.
func (LicenceNFTConsumed) ContractEventName() string {
	return LicenceNFTConsumedEventName
}

// UnpackConsumedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Consumed(uint256 indexed id, uint64 units, uint64 computeMs)
func (licenceNFT *LicenceNFT) UnpackConsumedEvent(log *types.Log) (*LicenceNFTConsumed, error) {
	event := "Consumed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTConsumed)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTGranted represents a Granted event raised by the LicenceNFT contract.
type LicenceNFTGranted struct {
	Id           *big.Int
	Licensee     common.Address
	Subject      *big.Int
	Grantor      common.Address
	DataTypes    [][32]byte
	NotBefore    uint64
	ExpiresAt    uint64
	MaxUnits     uint64
	MaxComputeMs uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const LicenceNFTGrantedEventName = "Granted"

// ContractEventName returns the user-defined event name.
func (LicenceNFTGranted) ContractEventName() string {
	return LicenceNFTGrantedEventName
}

// UnpackGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Granted(uint256 indexed id, address indexed licensee, uint256 indexed subject, address grantor, bytes32[] dataTypes, uint64 notBefore, uint64 expiresAt, uint64 maxUnits, uint64 maxComputeMs)
func (licenceNFT *LicenceNFT) UnpackGrantedEvent(log *types.Log) (*LicenceNFTGranted, error) {
	event := "Granted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTGranted)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTRevoked represents a Revoked event raised by the LicenceNFT contract.
type LicenceNFTRevoked struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const LicenceNFTRevokedEventName = "Revoked"

// ContractEventName returns the user-defined event name.
func (LicenceNFTRevoked) ContractEventName() string {
	return LicenceNFTRevokedEventName
}

// UnpackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Revoked(uint256 indexed id)
func (licenceNFT *LicenceNFT) UnpackRevokedEvent(log *types.Log) (*LicenceNFTRevoked, error) {
	event := "Revoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTRevoked)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTSettlementSet represents a SettlementSet event raised by the LicenceNFT contract.
type LicenceNFTSettlementSet struct {
	Settlement common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const LicenceNFTSettlementSetEventName = "SettlementSet"

// ContractEventName returns the user-defined event name.
func (LicenceNFTSettlementSet) ContractEventName() string {
	return LicenceNFTSettlementSetEventName
}

// UnpackSettlementSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SettlementSet(address settlement)
func (licenceNFT *LicenceNFT) UnpackSettlementSetEvent(log *types.Log) (*LicenceNFTSettlementSet, error) {
	event := "SettlementSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTSettlementSet)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTTransfer represents a Transfer event raised by the LicenceNFT contract.
type LicenceNFTTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (LicenceNFTTransfer) ContractEventName() string {
	return LicenceNFTTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (licenceNFT *LicenceNFT) UnpackTransferEvent(log *types.Log) (*LicenceNFTTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTTransfer)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LicenceNFTUpdateUser represents a UpdateUser event raised by the LicenceNFT contract.
type LicenceNFTUpdateUser struct {
	TokenId *big.Int
	User    common.Address
	Expires uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const LicenceNFTUpdateUserEventName = "UpdateUser"

// ContractEventName returns the user-defined event name.
func (LicenceNFTUpdateUser) ContractEventName() string {
	return LicenceNFTUpdateUserEventName
}

// UnpackUpdateUserEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UpdateUser(uint256 indexed tokenId, address indexed user, uint64 expires)
func (licenceNFT *LicenceNFT) UnpackUpdateUserEvent(log *types.Log) (*LicenceNFTUpdateUser, error) {
	event := "UpdateUser"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != licenceNFT.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LicenceNFTUpdateUser)
	if len(log.Data) > 0 {
		if err := licenceNFT.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range licenceNFT.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (licenceNFT *LicenceNFT) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["BadWindow"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackBadWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["DeprecatedSubject"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackDeprecatedSubjectError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721IncorrectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721IncorrectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InsufficientApproval"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InsufficientApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidApprover"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOperator"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidReceiver"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721InvalidSender"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["ERC721NonexistentToken"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackERC721NonexistentTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["InTheFuture"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackInTheFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotDeployer"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotDeployerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotFor"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotForError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotGrantor"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotGrantorError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSettlement"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotSubjectOwner"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotSubjectOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["NotValid"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackNotValidError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["OverLimit"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackOverLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["SettlementAlreadySet"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackSettlementAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], licenceNFT.abi.Errors["UnknownLicence"].ID.Bytes()[:4]) {
		return licenceNFT.UnpackUnknownLicenceError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LicenceNFTAlreadyRevoked represents a AlreadyRevoked error raised by the LicenceNFT contract.
type LicenceNFTAlreadyRevoked struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(uint256 id)
func LicenceNFTAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xe80455f57ad40c54dc6f178ebb1c48d3b622503a38c34944ac29a611c9e7e693")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(uint256 id)
func (licenceNFT *LicenceNFT) UnpackAlreadyRevokedError(raw []byte) (*LicenceNFTAlreadyRevoked, error) {
	out := new(LicenceNFTAlreadyRevoked)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTBadWindow represents a BadWindow error raised by the LicenceNFT contract.
type LicenceNFTBadWindow struct {
	NotBefore uint64
	ExpiresAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func LicenceNFTBadWindowErrorID() common.Hash {
	return common.HexToHash("0xd389761b999a30f3645ace66a4eb9c972f55eebb9c8f6324a16048556b126472")
}

// UnpackBadWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindow(uint64 notBefore, uint64 expiresAt)
func (licenceNFT *LicenceNFT) UnpackBadWindowError(raw []byte) (*LicenceNFTBadWindow, error) {
	out := new(LicenceNFTBadWindow)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "BadWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the LicenceNFT contract.
type LicenceNFTCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func LicenceNFTCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (licenceNFT *LicenceNFT) UnpackCheckpointUnorderedInsertionError(raw []byte) (*LicenceNFTCheckpointUnorderedInsertion, error) {
	out := new(LicenceNFTCheckpointUnorderedInsertion)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTDeprecatedSubject represents a DeprecatedSubject error raised by the LicenceNFT contract.
type LicenceNFTDeprecatedSubject struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func LicenceNFTDeprecatedSubjectErrorID() common.Hash {
	return common.HexToHash("0xc18cbb74306617cfa9f9d64208edecca9dc80840b86f446e0bc4e3a3b1969ab4")
}

// UnpackDeprecatedSubjectError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeprecatedSubject(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackDeprecatedSubjectError(raw []byte) (*LicenceNFTDeprecatedSubject, error) {
	out := new(LicenceNFTDeprecatedSubject)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "DeprecatedSubject", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721IncorrectOwner represents a ERC721IncorrectOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721IncorrectOwner struct {
	Sender  common.Address
	TokenId *big.Int
	Owner   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func LicenceNFTERC721IncorrectOwnerErrorID() common.Hash {
	return common.HexToHash("0x64283d7b313c8117c125f736876fa2b4e90ea3831a4716dfdb87d2f540e26289")
}

// UnpackERC721IncorrectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721IncorrectOwner(address sender, uint256 tokenId, address owner)
func (licenceNFT *LicenceNFT) UnpackERC721IncorrectOwnerError(raw []byte) (*LicenceNFTERC721IncorrectOwner, error) {
	out := new(LicenceNFTERC721IncorrectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721IncorrectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InsufficientApproval represents a ERC721InsufficientApproval error raised by the LicenceNFT contract.
type LicenceNFTERC721InsufficientApproval struct {
	Operator common.Address
	TokenId  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func LicenceNFTERC721InsufficientApprovalErrorID() common.Hash {
	return common.HexToHash("0x177e802f6f313bc89797ecace66d6d29ab4719cbaaacbb87367264048b1eb861")
}

// UnpackERC721InsufficientApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InsufficientApproval(address operator, uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721InsufficientApprovalError(raw []byte) (*LicenceNFTERC721InsufficientApproval, error) {
	out := new(LicenceNFTERC721InsufficientApproval)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InsufficientApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidApprover represents a ERC721InvalidApprover error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidApprover(address approver)
func LicenceNFTERC721InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xa9fbf51f86b8e03595d59dc726bb10c329bb24f62589be276d8dd193ca0b69ea")
}

// UnpackERC721InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidApprover(address approver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidApproverError(raw []byte) (*LicenceNFTERC721InvalidApprover, error) {
	out := new(LicenceNFTERC721InvalidApprover)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOperator represents a ERC721InvalidOperator error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOperator(address operator)
func LicenceNFTERC721InvalidOperatorErrorID() common.Hash {
	return common.HexToHash("0x5b08ba185e8f577075361f3a3555a6580a227ce22734dcc979c1aeadf894658b")
}

// UnpackERC721InvalidOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOperator(address operator)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOperatorError(raw []byte) (*LicenceNFTERC721InvalidOperator, error) {
	out := new(LicenceNFTERC721InvalidOperator)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidOwner represents a ERC721InvalidOwner error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidOwner(address owner)
func LicenceNFTERC721InvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x89c62b6479af2e623826dcc39c5133061d35b66d72de92833401dd2fd6567480")
}

// UnpackERC721InvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidOwner(address owner)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidOwnerError(raw []byte) (*LicenceNFTERC721InvalidOwner, error) {
	out := new(LicenceNFTERC721InvalidOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidReceiver represents a ERC721InvalidReceiver error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func LicenceNFTERC721InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0x64a0ae9278f805eaf991dcd18ca78756d280b7508b764ef1b255c55845c11df9")
}

// UnpackERC721InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidReceiver(address receiver)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidReceiverError(raw []byte) (*LicenceNFTERC721InvalidReceiver, error) {
	out := new(LicenceNFTERC721InvalidReceiver)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721InvalidSender represents a ERC721InvalidSender error raised by the LicenceNFT contract.
type LicenceNFTERC721InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721InvalidSender(address sender)
func LicenceNFTERC721InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x73c6ac6e10798e95d99e1f130d923eb40193ecb8d094ec3dce93292564eb3b17")
}

// UnpackERC721InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721InvalidSender(address sender)
func (licenceNFT *LicenceNFT) UnpackERC721InvalidSenderError(raw []byte) (*LicenceNFTERC721InvalidSender, error) {
	out := new(LicenceNFTERC721InvalidSender)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTERC721NonexistentToken represents a ERC721NonexistentToken error raised by the LicenceNFT contract.
type LicenceNFTERC721NonexistentToken struct {
	TokenId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func LicenceNFTERC721NonexistentTokenErrorID() common.Hash {
	return common.HexToHash("0x7e273289a3a9ef6670f06df7dca227856fc925e956db96980692764a8bc734d7")
}

// UnpackERC721NonexistentTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC721NonexistentToken(uint256 tokenId)
func (licenceNFT *LicenceNFT) UnpackERC721NonexistentTokenError(raw []byte) (*LicenceNFTERC721NonexistentToken, error) {
	out := new(LicenceNFTERC721NonexistentToken)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "ERC721NonexistentToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTInTheFuture represents a InTheFuture error raised by the LicenceNFT contract.
type LicenceNFTInTheFuture struct {
	At uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InTheFuture(uint64 at)
func LicenceNFTInTheFutureErrorID() common.Hash {
	return common.HexToHash("0xbd2b46c420772a7975836ec8f178e1c10eb99d9903afccfa888798f1bf30fbf2")
}

// UnpackInTheFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InTheFuture(uint64 at)
func (licenceNFT *LicenceNFT) UnpackInTheFutureError(raw []byte) (*LicenceNFTInTheFuture, error) {
	out := new(LicenceNFTInTheFuture)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "InTheFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotDeployer represents a NotDeployer error raised by the LicenceNFT contract.
type LicenceNFTNotDeployer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeployer()
func LicenceNFTNotDeployerErrorID() common.Hash {
	return common.HexToHash("0x8b906c9700ab2b52dbac68ba97746b76f841c655b82cbeaeb4a267404c6dd944")
}

// UnpackNotDeployerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeployer()
func (licenceNFT *LicenceNFT) UnpackNotDeployerError(raw []byte) (*LicenceNFTNotDeployer, error) {
	out := new(LicenceNFTNotDeployer)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotDeployer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotFor represents a NotFor error raised by the LicenceNFT contract.
type LicenceNFTNotFor struct {
	Id      *big.Int
	User    common.Address
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotFor(uint256 id, address user, uint256 subject)
func LicenceNFTNotForErrorID() common.Hash {
	return common.HexToHash("0x2d0983dc3e189e7bf1fe278355abc44dd0370c8c2446439cbc6861d6e9a68ec9")
}

// UnpackNotForError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotFor(uint256 id, address user, uint256 subject)
func (licenceNFT *LicenceNFT) UnpackNotForError(raw []byte) (*LicenceNFTNotFor, error) {
	out := new(LicenceNFTNotFor)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotFor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotGrantor represents a NotGrantor error raised by the LicenceNFT contract.
type LicenceNFTNotGrantor struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGrantor(uint256 id)
func LicenceNFTNotGrantorErrorID() common.Hash {
	return common.HexToHash("0x3140c67452460aa9086691d3c081c74d636131f4c9701e1dc8055f7d75d6e641")
}

// UnpackNotGrantorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGrantor(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotGrantorError(raw []byte) (*LicenceNFTNotGrantor, error) {
	out := new(LicenceNFTNotGrantor)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotGrantor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSettlement represents a NotSettlement error raised by the LicenceNFT contract.
type LicenceNFTNotSettlement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSettlement()
func LicenceNFTNotSettlementErrorID() common.Hash {
	return common.HexToHash("0xede09f2a61f10d397e02e4ee121ef958b7012fa0a8a10aa4499ee246e6d949a2")
}

// UnpackNotSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSettlement()
func (licenceNFT *LicenceNFT) UnpackNotSettlementError(raw []byte) (*LicenceNFTNotSettlement, error) {
	out := new(LicenceNFTNotSettlement)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotSubjectOwner represents a NotSubjectOwner error raised by the LicenceNFT contract.
type LicenceNFTNotSubjectOwner struct {
	Subject *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func LicenceNFTNotSubjectOwnerErrorID() common.Hash {
	return common.HexToHash("0x0333f398e617ec918e9a66ca447a33750f2b12e700d11b7c29c1e9780d3c95d5")
}

// UnpackNotSubjectOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSubjectOwner(uint256 subject)
func (licenceNFT *LicenceNFT) UnpackNotSubjectOwnerError(raw []byte) (*LicenceNFTNotSubjectOwner, error) {
	out := new(LicenceNFTNotSubjectOwner)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotSubjectOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTNotValid represents a NotValid error raised by the LicenceNFT contract.
type LicenceNFTNotValid struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotValid(uint256 id)
func LicenceNFTNotValidErrorID() common.Hash {
	return common.HexToHash("0x373f4d8c68778647f38db4b47b4e530b24cb6ed54e551b02bce8ac66895acbf7")
}

// UnpackNotValidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotValid(uint256 id)
func (licenceNFT *LicenceNFT) UnpackNotValidError(raw []byte) (*LicenceNFTNotValid, error) {
	out := new(LicenceNFTNotValid)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "NotValid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTOverLimit represents a OverLimit error raised by the LicenceNFT contract.
type LicenceNFTOverLimit struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverLimit(uint256 id)
func LicenceNFTOverLimitErrorID() common.Hash {
	return common.HexToHash("0xe7f39408705ebf41a4f211e82b3d2f39554e6e72e8a1d994da3ae206a4433a27")
}

// UnpackOverLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverLimit(uint256 id)
func (licenceNFT *LicenceNFT) UnpackOverLimitError(raw []byte) (*LicenceNFTOverLimit, error) {
	out := new(LicenceNFTOverLimit)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "OverLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTSettlementAlreadySet represents a SettlementAlreadySet error raised by the LicenceNFT contract.
type LicenceNFTSettlementAlreadySet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SettlementAlreadySet()
func LicenceNFTSettlementAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x25846789da7a56de01bb5bc469b19c758fc333cd4969d1f0780fb2b0989f9827")
}

// UnpackSettlementAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SettlementAlreadySet()
func (licenceNFT *LicenceNFT) UnpackSettlementAlreadySetError(raw []byte) (*LicenceNFTSettlementAlreadySet, error) {
	out := new(LicenceNFTSettlementAlreadySet)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "SettlementAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LicenceNFTUnknownLicence represents a UnknownLicence error raised by the LicenceNFT contract.
type LicenceNFTUnknownLicence struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownLicence(uint256 id)
func LicenceNFTUnknownLicenceErrorID() common.Hash {
	return common.HexToHash("0x49adf88fa3ade65c21207bf0a82d13251387c72bbd8ce969f4107d9b9d8910c2")
}

// UnpackUnknownLicenceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownLicence(uint256 id)
func (licenceNFT *LicenceNFT) UnpackUnknownLicenceError(raw []byte) (*LicenceNFTUnknownLicence, error) {
	out := new(LicenceNFTUnknownLicence)
	if err := licenceNFT.abi.UnpackIntoInterface(out, "UnknownLicence", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMetaData contains all meta data concerning the UsageSettlement contract.
var UsageSettlementMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"contractIVersions\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractILicences\",\"name\":\"licences_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"feeRecipient_\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"feeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"operatorBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"withdrawDelay_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"BadBps\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"BadNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"DuplicateMandate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InTheFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"}],\"name\":\"InsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LicenceRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"settlement\",\"type\":\"address\"}],\"name\":\"LicencesMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"MandateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"MandateReplaced\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"}],\"name\":\"NoMandate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NonceGap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"NothingToRevoke\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"spent\",\"type\":\"uint256\"}],\"name\":\"OverCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"OverPrice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayerInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PredatesMandate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PredatesSettlement\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"SignatureExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnknownVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Unordered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalLapsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"WrongOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"MandateAdvanced\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"name\":\"MandateRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"due\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"reason\",\"type\":\"bytes4\"}],\"name\":\"PayerSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes4\",\"name\":\"reason\",\"type\":\"bytes4\"}],\"name\":\"ReceiptSkipped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"payers\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"name\":\"WithdrawalRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MANDATE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPTS_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECEIPT_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"spent\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"mandateNonce\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"admin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isOperator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"licences\",\"outputs\":[{\"internalType\":\"contractILicences\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"internalType\":\"structUsageSettlement.Mandate\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"mandateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operatorBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"operatorNonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"licence\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structUsageSettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"}],\"name\":\"receiptsDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"contractIVersions\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"name\":\"revokeMandate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"registered\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxPrice\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"nonce\",\"type\":\"uint32\"}],\"internalType\":\"structUsageSettlement.Mandate[]\",\"name\":\"mandates\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"mandateSigs\",\"type\":\"bytes[]\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"internalType\":\"structUsageSettlement.Signed\",\"name\":\"signed\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"version\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"licence\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"units\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"computeMs\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"at\",\"type\":\"uint64\"}],\"internalType\":\"structUsageSettlement.Receipt[]\",\"name\":\"receipts\",\"type\":\"tuple[]\"}],\"name\":\"settleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"name\":\"supersededAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdrawDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawals\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"amount\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"readyAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "UsageSettlement",
	Bin: "0x610260604052348015610010575f5ffd5b5060405161428238038061428283398101604081905261002f916104e5565b604080518082018252601381527f436572655573616765536574746c656d656e7400000000000000000000000000602080830191909152825180840190935260018352603160f81b9083015290610086825f610449565b61012052610095816001610449565b61014052815160208084019190912060e052815190820120610100524660a05261012160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05261271061013e61ffff808516908616610581565b111561015d57604051636e549e5960e01b815260040160405180910390fd5b6001600160a01b0384166101845760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0387163b15806101a357506001600160a01b0386163b155b806101b657506001600160a01b0385163b155b156101d45760405163d92e233d60e01b815260040160405180910390fd5b856001600160a01b0316856001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa15801561021a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023e91906105a0565b6001600160a01b03161415806102c55750306001600160a01b0316856001600160a01b031663511606306040518163ffffffff1660e01b8152600401602060405180830381865afa158015610295573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102b991906105a0565b6001600160a01b031614155b156103bb57846001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa158015610306573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032a91906105a0565b856001600160a01b031663511606306040518163ffffffff1660e01b8152600401602060405180830381865afa158015610366573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061038a91906105a0565b6040516319fc6deb60e11b81526001600160a01b039283166004820152911660248201526044015b60405180910390fd5b610e10816001600160401b031610806103e057506301e13380816001600160401b0316115b156103fe5760405163218e0a0760e01b815260040160405180910390fd5b6001600160a01b0396871661016052948616610180529285166101a052336101c05293166101e05261ffff92831661020052909116610220526001600160401b03166102405261076c565b5f6020835110156104645761045d8361047b565b9050610475565b8161046f848261065a565b5060ff90505b92915050565b5f5f829050601f815111156104a5578260405163305a27a960e01b81526004016103b29190610714565b80516104b082610749565b179392505050565b6001600160a01b03811681146104cc575f5ffd5b50565b805161ffff811681146104e0575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a0312156104fb575f5ffd5b8751610506816104b8565b6020890151909750610517816104b8565b6040890151909650610528816104b8565b6060890151909550610539816104b8565b9350610547608089016104cf565b925061055560a089016104cf565b60c08901519092506001600160401b0381168114610571575f5ffd5b8091505092959891949750929550565b8082018082111561047557634e487b7160e01b5f52601160045260245ffd5b5f602082840312156105b0575f5ffd5b81516105bb816104b8565b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806105ea57607f821691505b60208210810361060857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561065557805f5260205f20601f840160051c810160208510156106335750805b601f840160051c820191505b81811015610652575f815560010161063f565b50505b505050565b81516001600160401b03811115610673576106736105c2565b6106878161068184546105d6565b8461060e565b6020601f8211600181146106b9575f83156106a25750848201515b5f19600385901b1c1916600184901b178455610652565b5f84815260208120601f198516915b828110156106e857878501518255602094850194600190920191016106c8565b508482101561070557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610608575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516102205161024051613a0c6108765f395f81816101c4015281816107bf01528181610ae601528181611383015261159301525f81816105710152612d5b01525f818161023b0152612d1501525f81816102f50152612e6001525f81816105ca0152610a1201525f8181610537015261235201525f8181610494015281816128e4015281816129930152612a1d01525f8181610604015281816108e00152818161099f0152610e1801525f61280901525f6127d801525f612f8201525f612f5a01525f612eb501525f612edf01525f612f090152613a0c5ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c80637a9262a2116100f3578063b6b55f2511610093578063d945af1d1161006e578063d945af1d146105a6578063f851a440146105c5578063fbfaee45146105ec578063fc0c546a146105ff575f5ffd5b8063b6b55f2514610559578063c41092531461056c578063d8cd6e2f14610593575f5ffd5b80638932bbf6116100ce5780638932bbf6146104d157806393843767146104f857806395850f591461050b578063a199d70a14610532575f5ffd5b80637a9262a21461042e5780637b1039991461048f57806384b0196e146104b6575f5ffd5b8063469048401161015e578063558a729711610139578063558a72971461035e5780635e5c06e2146103715780636d70f7ae146103e0578063745400c91461041b575f5ffd5b806346904840146102f05780634d39c4811461032f5780634e71d92d14610356575f5ffd5b80632c643cc8116101995780632c643cc8146102705780633b64f90b146102915780633ccfd60b146102c7578063402914f5146102d1575f5ffd5b80630288a39c146101bf5780630e286f7a1461020357806324a9d85314610236575b5f5ffd5b6101e67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020015b60405180910390f35b6101e66102113660046132fe565b600660209081525f92835260408084209091529082529020546001600160401b031681565b61025d7f000000000000000000000000000000000000000000000000000000000000000081565b60405161ffff90911681526020016101fa565b61028361027e366004613331565b610626565b6040519081526020016101fa565b6101e661029f36600461334a565b6001600160a01b03165f9081526002602052604090205461010090046001600160401b031690565b6102cf61071b565b005b6102836102df36600461334a565b60056020525f908152604090205481565b6103177f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101fa565b6102837f3ae7c9acf989380631fa8d31031e5fa87e1cee5c39a9acc681bf3a846fb6989581565b6102cf61095a565b6102cf61036c36600461336c565b610a07565b6103b461037f36600461334a565b60036020525f90815260409020546001600160601b0380821691600160601b810490911690600160c01b900463ffffffff1683565b604080516001600160601b03948516815293909216602084015263ffffffff16908201526060016101fa565b61040b6103ee36600461334a565b6001600160a01b03165f9081526002602052604090205460ff1690565b60405190151581526020016101fa565b6102cf6104293660046133a7565b610aaf565b61046861043c36600461334a565b60046020525f90815260409020546001600160801b03811690600160801b90046001600160401b031682565b604080516001600160801b0390931683526001600160401b039091166020830152016101fa565b6103177f000000000000000000000000000000000000000000000000000000000000000081565b6104be610ba1565b6040516101fa9796959493929190613426565b6102837f69fc8f522846a3942aae2df06fdfe2f597749b08efa0dc7ef76dae779eaa0aca81565b6102cf610506366004613495565b610be3565b6102837f5d9840598f3dd7b37223a66c80b72231463a4ea22533b79615b0449c833e521d81565b6103177f000000000000000000000000000000000000000000000000000000000000000081565b6102cf6105673660046133a7565b610dbe565b61025d7f000000000000000000000000000000000000000000000000000000000000000081565b6102cf6105a136600461354b565b610ec6565b6102836105b43660046133a7565b60076020525f908152604090205481565b6103177f000000000000000000000000000000000000000000000000000000000000000081565b6102836105fa366004613652565b612562565b6103177f000000000000000000000000000000000000000000000000000000000000000081565b5f6107157f3ae7c9acf989380631fa8d31031e5fa87e1cee5c39a9acc681bf3a846fb69895610658602085018561334a565b610668604086016020870161334a565b6040860135606087013561068260a0890160808a016136c8565b61069260c08a0160a08b016136c8565b6106a260e08b0160c08c01613495565b6040805160208101999099526001600160a01b0397881690890152959094166060870152608086019290925260a08501526001600160401b0390811660c08501521660e083015263ffffffff16610100820152610120015b60405160208183030381529060405280519060200120612741565b92915050565b335f9081526004602090815260408083208151808301909252546001600160801b038116808352600160801b9091046001600160401b031692820192909252910361077957604051630686827b60e51b815260040160405180910390fd5b80602001516001600160401b03164210156107bd57602081015160405163d606d83f60e01b81526001600160401b0390911660048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160401b031681602001516001600160401b03166107ff91906136f7565b421061082f5760208101516040516326f13ced60e21b81526001600160401b0390911660048201526024016107b4565b335f908152600360205260408120805483519192916001600160601b039091166001600160801b039091161061086f5781546001600160601b0316610872565b82515b335f90815260046020526040812080546001600160c01b0319169055835491925082918491906108ac9084906001600160601b031661370a565b92506101000a8154816001600160601b0302191690836001600160601b0316021790555061091733826001600160601b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661276d9092919063ffffffff16565b6040516001600160601b038216815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a2505050565b335f908152600560205260408120549081900361098a576040516312d37ee560e31b815260040160405180910390fd5b335f818152600560205260408120556109ce907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316908361276d565b60405181815233907fd8138f8a3f377c5259ca548e70e4c2de94f129f5a11036a15b69513cba2b426a906020015b60405180910390a250565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614610a5057604051637bfa4b9f60e01b815260040160405180910390fd5b6001600160a01b0382165f81815260026020908152604091829020805460ff191685151590811790915591519182527f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f91015b60405180910390a25050565b801580610ac257506001600160601b0381115b15610ae057604051630686827b60e51b815260040160405180910390fd5b5f610b0b7f000000000000000000000000000000000000000000000000000000000000000042613729565b6040805180820182526001600160801b0385811682526001600160401b038481166020808501828152335f81815260048452889020965187549251909516600160801b026001600160c01b03199092169490951693909317929092179093558351878152908101929092529293507fbf6730b5b5d9fd45cdb42f69910317da629fd6e12b3ab41aa1708cd916385dfc9101610aa3565b5f6060805f5f5f6060610bb26127d1565b610bba612802565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b335f908152600360205260409020805463ffffffff600160c01b90910481169083161580610c1c57508063ffffffff168363ffffffff16105b80610c3c5750610c2d81600161375c565b63ffffffff168363ffffffff16115b80610c6e5750335f90815260066020908152604080832063ffffffff871684529091529020546001600160401b031615155b15610c9a5760405163bccdc3a360e01b815233600482015263ffffffff841660248201526044016107b4565b4263ffffffff84811690831614610d425763ffffffff821615801590610ce65750335f90815260066020908152604080832063ffffffff861684529091529020546001600160401b0316155b15610d2557335f90815260066020908152604080832063ffffffff861684529091529020805467ffffffffffffffff19166001600160401b0383161790555b825463ffffffff60c01b1916600160c01b63ffffffff8616021783555b335f81815260066020908152604080832063ffffffff891680855290835292819020805467ffffffffffffffff19166001600160401b0387169081179091558151938452918301919091527f025ec5a422669197f25fb36663812e15d984c41c8329a1fdbb2bcc261af0c65c910160405180910390a250505050565b335f90815260036020526040902054610de2906001600160601b039081169061370a565b6001600160601b0316811115610e0b5760405163218e0a0760e01b815260040160405180910390fd5b610e406001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308461282f565b335f9081526003602052604081208054839290610e679084906001600160601b0316613778565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550336001600160a01b03167f2da466a7b24304f47e87fa2e1e5a81b9831ce54fec19055ce277ca2f39ba42c4826040516109fc91815260200190565b5f610ed4602085018561334a565b6001600160a01b0381165f9081526002602090815260409182902082518084019093525460ff811615158084526101009091046001600160401b03169183019190915291925090610f4357604051633b63649d60e11b81526001600160a01b03831660048201526024016107b4565b610f5360608601604087016136c8565b6001600160401b0316421115610f9857610f7360608601604087016136c8565b60405163fcd4a11f60e01b81526001600160401b0390911660048201526024016107b4565b80602001516001600160401b0316856020016020810190610fb991906136c8565b6001600160401b03161461100b578060200151856020016020810190610fdf91906136c8565b604051635264c23960e11b81526001600160401b039283166004820152911660248201526044016107b4565b6001600160a01b0382166110896110438461102c60408a0160208b016136c8565b61103c60608b0160408c016136c8565b8989612562565b6110506060890189613797565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061286e92505050565b6001600160a01b0316146110b057604051635cd5d23360e01b815260040160405180910390fd5b60208101516110c0906001613729565b6001600160a01b0383165f90815260026020526040902080546001600160401b03929092166101000268ffffffffffffffff001990921691909117905585881461111d57604051635cd5d23360e01b815260040160405180910390fd5b5f886001600160401b0381111561113657611136613748565b6040519080825280602002602001820160405280156111ca57816020015b6111b760408051610120810182525f808252602080830182905282840182905260608084018390526080840183905260a0840183905284519081018552828152908101829052928301529060c082019081525f6020820181905260409091015290565b8152602001906001900390816111545790505b5090505f5b8981101561184657368b8b838181106111ea576111ea6137d9565b905060e0020190505f838381518110611205576112056137d9565b60200260200101519050815f016020810190611221919061334a565b6001600160a01b031681525f808061129861123b86610626565b8f8f8981811061124d5761124d6137d9565b905060200281019061125f9190613797565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061289692505050565b5090925090505f8160038111156112b1576112b16137ed565b1415806112dc57506112c6602086018661334a565b6001600160a01b0316826001600160a01b031614155b156112f057635cd5d23360e01b925061143b565b61130060e0860160c08701613495565b63ffffffff165f0361131b5763e13c997f60e01b925061143b565b5f61132c604087016020880161334a565b6001600160a01b03161415801561136457506001600160a01b038916611358604087016020880161334a565b6001600160a01b031614155b15611378576333a25b8560e21b925061143b565b426001600160401b037f0000000000000000000000000000000000000000000000000000000000000000166113b360c0880160a089016136c8565b6001600160401b03166113c691906136f7565b10156113db576311b9ba5160e21b925061143b565b5f5b86811015611439576113f2602087018761334a565b6001600160a01b031688828151811061140d5761140d6137d9565b60200260200101515f01516001600160a01b03160361143157633a6b68d960e11b93505b6001016113dd565b505b5f61144c60c0870160a088016136c8565b90506001600160e01b031984166117825760035f61146d602089018961334a565b6001600160a01b0316815260208082019290925260409081015f20815160608101835290546001600160601b038082168352600160601b8204169382019390935263ffffffff600160c01b909304831691810191825260c0808901919091529051918216906114e29060e08a01908a01613495565b63ffffffff16116115fe575f6006816114fe60208b018b61334a565b6001600160a01b0316815260208101919091526040015f9081209061152960e08b0160c08c01613495565b63ffffffff16815260208101919091526040015f908120546001600160401b031691508190036115865763ffffffff821661156a60e08a0160c08b01613495565b63ffffffff161015611581576355bbe01b60e11b95505b6115f8565b6115bc6001600160401b037f000000000000000000000000000000000000000000000000000000000000000081169083166136f7565b42106115d1576355bbe01b60e11b95506115f8565b826001600160401b0316816001600160401b0316116115f8576115f5600182613801565b92505b50611780565b61160981600161375c565b63ffffffff1661161f60e0890160c08a01613495565b63ffffffff16146116395763e13c997f60e01b9450611780565b63ffffffff811615801590611690575060065f61165960208a018a61334a565b6001600160a01b0316815260208082019290925260409081015f90812063ffffffff851682529092529020546001600160401b0316155b1561175c574260065f6116a660208b018b61334a565b6001600160a01b0316815260208082019290925260409081015f90812063ffffffff86168252835220805467ffffffffffffffff19166001600160401b0393909316929092179091556116fb9088018861334a565b6001600160a01b03167fe74d87fd4bf2c7148a9271bbec3fed580cdcd61bcaae14b0679d5b8ba38d713d61173560e08a0160c08b01613495565b6040805163ffffffff90921682526001600160401b03421660208301520160405180910390a25b61176c60e0880160c08901613495565b60c087015163ffffffff9091166040909101525b505b6001600160e01b03198416156117fb576001610100860181905260e08601526117ae602087018761334a565b6001600160a01b03167f219064a35b7b7d6af3452c8bd7e2db81ac209b0db54c2f5df5a9a6ddc33889755f866040516117e8929190613820565b60405180910390a250505050505061183e565b604080870135602087015260608701359086015261181f60a08701608088016136c8565b6001600160401b03908116606087015216608090940193909352505050505b6001016111cf565b505f846001600160401b0381111561186057611860613748565b6040519080825280602002602001820160405280156118d057816020015b6118bd6040518060a001604052805f81526020015f6001600160a01b031681526020015f81526020015f6001600160401b031681526020015f81525090565b81526020019060019003908161187e5790505b5090505f856001600160401b038111156118ec576118ec613748565b60405190808252806020026020018201604052801561197157816020015b61195e6040518061010001604052805f81526020015f81526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f151581525090565b81526020019060019003908161190a5790505b5090505f5f5f5b8881101561217757368a8a83818110611993576119936137d9565b905060c0020190505f8583815181106119ae576119ae6137d9565b60200260200101519050815f0160208101906119ca919061334a565b604080516001600160a01b0392831660208281019190915285013591810191909152908b16606082015260800160408051601f19818403018152919052805160209091012081528215801590611a21575080518410155b15611a7b57600160e082015260208201803590611a3e908461334a565b6001600160a01b03165f5160206139b75f395f51905f5285635d7060d860e01b604051611a6c929190613820565b60405180910390a3505061216f565b80515f818152600760205260409081902054919550819081901c6001600160401b038216611aaf60808701606088016136c8565b6001600160401b031611158015611ae757506001600160401b038116611adb60a08701608088016136c8565b6001600160401b031611155b15611b01575050600160e0909201919091525061216f9050565b6001600160401b03608084901c16611b1f60c0870160a088016136c8565b6001600160401b03161015611b8657600160e085015260208501803590611b46908761334a565b6001600160a01b03165f5160206139b75f395f51905f5288638cc75afe60e01b604051611b74929190613820565b60405180910390a3505050505061216f565b6001600160401b038216611ba060808701606088016136c8565b6001600160401b031611611bb4575f611bcf565b81611bc560808701606088016136c8565b611bcf9190613801565b6001600160401b0390811660408601528116611bf160a08701608088016136c8565b6001600160401b031611611c05575f611c20565b80611c1660a08701608088016136c8565b611c209190613801565b6001600160401b031660608501526080611c4060c0870160a088016136c8565b6001600160401b0316901b6040828660600151611c5d9190613729565b6001600160401b0316901b838660400151611c789190613729565b6001600160401b0316171760208501525f5b8b5181108015611cd45750611ca2602087018761334a565b6001600160a01b03168c8281518110611cbd57611cbd6137d9565b60200260200101515f01516001600160a01b031614155b15611ce957611ce281613838565b9050611c8a565b5f5b8981108015611d1a575086602001358c8281518110611d0c57611d0c6137d9565b60200260200101515f015114155b15611d2f57611d2881613838565b9050611ceb565b898103611db6575f5f5f611d468a602001356128df565b9250925092506040518060a001604052808b602001358152602001846001600160a01b03168152602001838152602001826001600160401b031681526020015f8152508f8581518110611d9b57611d9b6137d9565b60200260200101819052508c611db090613838565b9c505050505b6080860182905260a086018190528c515f908303611ddc575063089cbe2560e11b612096565b8d8381518110611dee57611dee6137d9565b6020026020010151610100015115611e0e57506305c4498160e41b612096565b8d8381518110611e2057611e206137d9565b6020026020010151608001516001600160401b03168860a0016020810190611e4891906136c8565b6001600160401b03161115611e6557506311b9ba5160e21b612096565b8d8381518110611e7757611e776137d9565b6020026020010151606001516001600160401b03168860a0016020810190611e9f91906136c8565b6001600160401b03161015611ebc575063b7b278a560e01b612096565b5f6001600160a01b03168d8381518110611ed857611ed86137d9565b6020026020010151602001516001600160a01b031603611f005750632369a9a960e21b612096565b8d8381518110611f1257611f126137d9565b6020026020010151604001518d8381518110611f3057611f306137d9565b6020026020010151604001511115611f50575063d9c3017d60e01b612096565b6040880135158015611f8857508c8281518110611f6f57611f6f6137d9565b6020026020010151606001516001600160401b03165f14155b8015611fd557508c8281518110611fa157611fa16137d9565b6020026020010151606001516001600160401b03168860a0016020810190611fc991906136c8565b6001600160401b031610155b15611fe85750632b3db9cf60e01b612096565b6001600160601b0380168d8381518110612004576120046137d9565b602002602001015160400151118061205957506001600160601b0380168d8381518110612033576120336137d9565b60200260200101516040015188604001516001600160401b03166120579190613850565b115b1561206c575063218e0a0760e01b612096565b4261207d60c08a0160a08b016136c8565b6001600160401b031611156120965750630a237a2360e11b5b6001600160e01b03198116156120fa57600160e0880152602088018035906120be908a61334a565b6001600160a01b03165f5160206139b75f395f51905f528b846040516120e5929190613820565b60405180910390a3505050505050505061216f565b8c828151811061210c5761210c6137d9565b60200260200101516040015187604001516001600160401b03166121309190613850565b60c088018190528e518f908590811061214b5761214b6137d9565b602002602001015160a00181815161216391906136f7565b90525050505050505050505b600101611978565b505f5b85518110156122c1575f868281518110612196576121966137d9565b60200260200101519050806101000151806121b3575060a0810151155b156121be57506122b9565b60c081015160208083015160a0840151918301515f926121e6916001600160601b03166136f7565b11156121fa57506311c8c95560e31b61224c565b60a083015160208301516001600160601b03916122189183166136f7565b111561222c575063218e0a0760e01b61224c565b60a083015182516001600160601b0316101561224c5750632d3d15b760e21b5b6001600160e01b03198116156122af57600160e0840152825160a08401516040516001600160a01b03909216917f219064a35b7b7d6af3452c8bd7e2db81ac209b0db54c2f5df5a9a6ddc3388975916122a6918590613820565b60405180910390a25b50505f60a0909101525b60010161217a565b505f5b8881101561253c575f8482815181106122df576122df6137d9565b602002602001015190508060e001518061231757508681608001518151811061230a5761230a6137d9565b602002602001015160e001515b156123225750612534565b368b8b84818110612335576123356137d9565b905060c00201905080604001355f146124aa576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663ca78e39d6040830135612389602085018561334a565b60408601516060870151602087013591906123aa60c0890160a08a016136c8565b6040516001600160e01b031960e089901b16815260048101969096526001600160a01b03909416602486015260448501929092526001600160401b03908116606485015290811660848401521660a482015260c4015f604051808303815f87803b158015612416575f5ffd5b505af1925050508015612427575060015b6124aa573d808015612454576040519150601f19603f3d011682016040523d82523d5f602084013e612459565b606091505b506020820180359061246b908461334a565b6001600160a01b03165f5160206139b75f395f51905f528661248c85613867565b60405161249a929190613820565b60405180910390a3505050612534565b60208083015183515f908152600790925260409091205560c0820151608083015189518a919081106124de576124de6137d9565b602002602001015160a0018181516124f691906136f7565b90525060c082015160a083015188518991908110612516576125166137d9565b602002602001015160800181815161252e91906136f7565b90525050505b6001016122c4565b506125478588612a98565b612552848389612ce2565b5050505050505050505050505050565b5f80826001600160401b0381111561257c5761257c613748565b6040519080825280602002602001820160405280156125a5578160200160208202803683370190505b5090505f5b838110156126c457368585838181106125c5576125c56137d9565b60c0029190910191507f5d9840598f3dd7b37223a66c80b72231463a4ea22533b79615b0449c833e521d90506125fe602083018361334a565b6020830135604084013561261860808601606087016136c8565b61262860a08701608088016136c8565b61263860c0880160a089016136c8565b6040805160208101989098526001600160a01b0390961695870195909552606086019390935260808501919091526001600160401b0390811660a085015290811660c08401521660e082015261010001604051602081830303815290604052805190602001208383815181106126b0576126b06137d9565b6020908102919091010152506001016125aa565b508051602090810282820120604080517f69fc8f522846a3942aae2df06fdfe2f597749b08efa0dc7ef76dae779eaa0aca938101939093526001600160a01b038a16908301526001600160401b0380891660608401528716608083015260a08201819052906127359060c0016106fa565b98975050505050505050565b5f61071561274d612ea9565b8360405161190160f01b8152600281019290925260228201526042902090565b6040516001600160a01b038381166024830152604482018390526127cc91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b038381831617835250505050612fd2565b505050565b60606127fd7f00000000000000000000000000000000000000000000000000000000000000005f61303e565b905090565b60606127fd7f0000000000000000000000000000000000000000000000000000000000000000600161303e565b6040516001600160a01b0384811660248301528381166044830152606482018390526128689186918216906323b872dd9060840161279a565b50505050565b5f5f5f5f61287c8686612896565b92509250925061288c82826130e7565b5090949350505050565b5f5f5f83516041036128cd576020840151604085015160608601515f1a6128bf888285856131a3565b9550955095505050506128d8565b505081515f91506002905b9250925092565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316636352211e856040518263ffffffff1660e01b815260040161293091815260200190565b602060405180830381865afa925050508015612969575060408051601f3d908101601f19168201909252612966918101906138a5565b60015b61297a57505f915081905080612a91565b60405163b9186d7d60e01b8152600481018690529093507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9186d7d90602401602060405180830381865afa1580156129e0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a0491906138c0565b60405163f5adcaad60e01b8152600481018690529092507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063f5adcaad90602401602060405180830381865afa158015612a6a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a8e91906138d7565b90505b9193909250565b5f82516001600160401b03811115612ab257612ab2613748565b604051908082528060200260200182016040528015612adb578160200160208202803683370190505b5090505f83516001600160401b03811115612af857612af8613748565b604051908082528060200260200182016040528015612b21578160200160208202803683370190505b5090505f5f5b8551811015612c8a575f868281518110612b4357612b436137d9565b6020026020010151905080610100015115612b5e5750612c82565b60c081015160a082015115612c135760a082015181518290612b8190839061370a565b6001600160601b031690525060a0820151602082018051612ba3908390613778565b6001600160601b031690525081518651879086908110612bc557612bc56137d9565b60200260200101906001600160a01b031690816001600160a01b0316815250508160a00151858581518110612bfc57612bfc6137d9565b6020908102919091010152612c1084613838565b93505b90516001600160a01b03165f908152600360209081526040918290208351815492850151939094015163ffffffff16600160c01b0263ffffffff60c01b196001600160601b03948516600160601b026001600160c01b0319909416949095169390931791909117929092161790555b600101612b27565b508083528082528015612cdb57836001600160a01b03167f1baa358908bf18196457a3c95818da57b215fd95d65f4acf6ef97ab38b1a316d8484604051612cd29291906138f2565b60405180910390a25b5050505050565b5f5f5f5b84811015612e1c575f868281518110612d0157612d016137d9565b60200260200101516080015190505f6127107f000000000000000000000000000000000000000000000000000000000000000061ffff1683612d439190613850565b612d4d9190613952565b90505f612710612d8161ffff7f00000000000000000000000000000000000000000000000000000000000000001685613850565b612d8b9190613952565b9050612d9782876136f7565b9550612da381866136f7565b945080612db08385613971565b612dba9190613971565b60055f8b8781518110612dcf57612dcf6137d9565b6020026020010151602001516001600160a01b03166001600160a01b031681526020019081526020015f205f828254612e0891906136f7565b909155505060019093019250612ce6915050565b508015612e50576001600160a01b0383165f9081526005602052604081208054839290612e4a9084906136f7565b90915550505b8115612cdb576001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165f9081526005602052604081208054849290612e9d9084906136f7565b90915550505050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612f0157507f000000000000000000000000000000000000000000000000000000000000000046145b15612f2b57507f000000000000000000000000000000000000000000000000000000000000000090565b6127fd604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f60205f8451602086015f885af180612ff1576040513d5f823e3d81fd5b50505f513d91508115613008578060011415613015565b6001600160a01b0384163b155b1561286857604051635274afe760e01b81526001600160a01b03851660048201526024016107b4565b606060ff8314613058576130518361326b565b9050610715565b81805461306490613984565b80601f016020809104026020016040519081016040528092919081815260200182805461309090613984565b80156130db5780601f106130b2576101008083540402835291602001916130db565b820191905f5260205f20905b8154815290600101906020018083116130be57829003601f168201915b50505050509050610715565b5f8260038111156130fa576130fa6137ed565b03613103575050565b6001826003811115613117576131176137ed565b036131355760405163f645eedf60e01b815260040160405180910390fd5b6002826003811115613149576131496137ed565b0361316a5760405163fce698f760e01b8152600481018290526024016107b4565b600382600381111561317e5761317e6137ed565b0361319f576040516335e2f38360e21b8152600481018290526024016107b4565b5050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156131dc57505f91506003905082613261565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561322d573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661325857505f925060019150829050613261565b92505f91508190505b9450945094915050565b60605f613277836132a8565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561071557604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b03811681146132e3575f5ffd5b50565b803563ffffffff811681146132f9575f5ffd5b919050565b5f5f6040838503121561330f575f5ffd5b823561331a816132cf565b9150613328602084016132e6565b90509250929050565b5f60e0828403128015613342575f5ffd5b509092915050565b5f6020828403121561335a575f5ffd5b8135613365816132cf565b9392505050565b5f5f6040838503121561337d575f5ffd5b8235613388816132cf565b91506020830135801515811461339c575f5ffd5b809150509250929050565b5f602082840312156133b7575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f8151808452602084019350602083015f5b8281101561341c5781518652602095860195909101906001016133fe565b5093949350505050565b60ff60f81b8816815260e060208201525f61344460e08301896133be565b828103604084015261345681896133be565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152905061348781856133ec565b9a9950505050505050505050565b5f602082840312156134a5575f5ffd5b613365826132e6565b5f5f83601f8401126134be575f5ffd5b5081356001600160401b038111156134d4575f5ffd5b6020830191508360208260051b85010111156134ee575f5ffd5b9250929050565b5f60808284031215613505575f5ffd5b50919050565b5f5f83601f84011261351b575f5ffd5b5081356001600160401b03811115613531575f5ffd5b60208301915083602060c0830285010111156134ee575f5ffd5b5f5f5f5f5f5f5f6080888a031215613561575f5ffd5b87356001600160401b03811115613576575f5ffd5b8801601f81018a13613586575f5ffd5b80356001600160401b0381111561359b575f5ffd5b8a602060e0830284010111156135af575f5ffd5b6020918201985096508801356001600160401b038111156135ce575f5ffd5b6135da8a828b016134ae565b90965094505060408801356001600160401b038111156135f8575f5ffd5b6136048a828b016134f5565b93505060608801356001600160401b0381111561361f575f5ffd5b61362b8a828b0161350b565b989b979a50959850939692959293505050565b6001600160401b03811681146132e3575f5ffd5b5f5f5f5f5f60808688031215613666575f5ffd5b8535613671816132cf565b945060208601356136818161363e565b935060408601356136918161363e565b925060608601356001600160401b038111156136ab575f5ffd5b6136b78882890161350b565b969995985093965092949392505050565b5f602082840312156136d8575f5ffd5b81356133658161363e565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610715576107156136e3565b6001600160601b038281168282160390811115610715576107156136e3565b6001600160401b038181168382160190811115610715576107156136e3565b634e487b7160e01b5f52604160045260245ffd5b63ffffffff8181168382160190811115610715576107156136e3565b6001600160601b038181168382160190811115610715576107156136e3565b5f5f8335601e198436030181126137ac575f5ffd5b8301803591506001600160401b038211156137c5575f5ffd5b6020019150368190038213156134ee575f5ffd5b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52602160045260245ffd5b6001600160401b038281168282160390811115610715576107156136e3565b9182526001600160e01b031916602082015260400190565b5f60018201613849576138496136e3565b5060010190565b8082028115828204841417610715576107156136e3565b805160208201516001600160e01b031981169190600482101561389e576001600160e01b0319600483900360031b81901b82161692505b5050919050565b5f602082840312156138b5575f5ffd5b8151613365816132cf565b5f602082840312156138d0575f5ffd5b5051919050565b5f602082840312156138e7575f5ffd5b81516133658161363e565b604080825283519082018190525f9060208501906060840190835b818110156139345783516001600160a01b031683526020938401939092019160010161390d565b5050838103602085015261394881866133ec565b9695505050505050565b5f8261396c57634e487b7160e01b5f52601260045260245ffd5b500490565b81810381811115610715576107156136e3565b600181811c9082168061399857607f821691505b60208210810361350557634e487b7160e01b5f52602260045260245ffdfe7177c785aa2aacd279f028e398c469c69145a98d43f7b9160f16998bdf559931a2646970667358221220689f143714479ff3eea57f6d1b908d0ef112fd8e56abd9cf076873b3a4a3431064736f6c634300081e0033",
}

// UsageSettlement is an auto generated Go binding around an Ethereum contract.
type UsageSettlement struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *UsageSettlement) GetABI() abi.ABI {
	return c.abi
}

// NewUsageSettlement creates a new instance of UsageSettlement.
func NewUsageSettlement() *UsageSettlement {
	parsed, err := UsageSettlementMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &UsageSettlement{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *UsageSettlement) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_, address licences_, address feeRecipient_, uint16 feeBps_, uint16 operatorBps_, uint64 withdrawDelay_) returns()
func (usageSettlement *UsageSettlement) PackConstructor(token_ common.Address, registry_ common.Address, licences_ common.Address, feeRecipient_ common.Address, feeBps_ uint16, operatorBps_ uint16, withdrawDelay_ uint64) []byte {
	enc, err := usageSettlement.abi.Pack("", token_, registry_, licences_, feeRecipient_, feeBps_, operatorBps_, withdrawDelay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMANDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d39c481.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackMANDATETYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("MANDATE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMANDATETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d39c481.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackMANDATETYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("MANDATE_TYPEHASH")
}

// UnpackMANDATETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d39c481.
//
// Solidity: function MANDATE_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackMANDATETYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("MANDATE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIPTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8932bbf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackRECEIPTSTYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("RECEIPTS_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTSTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8932bbf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackRECEIPTSTYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("RECEIPTS_TYPEHASH")
}

// UnpackRECEIPTSTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8932bbf6.
//
// Solidity: function RECEIPTS_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackRECEIPTSTYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("RECEIPTS_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) PackRECEIPTTYPEHASH() []byte {
	enc, err := usageSettlement.abi.Pack("RECEIPT_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECEIPTTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95850f59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackRECEIPTTYPEHASH() ([]byte, error) {
	return usageSettlement.abi.Pack("RECEIPT_TYPEHASH")
}

// UnpackRECEIPTTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95850f59.
//
// Solidity: function RECEIPT_TYPEHASH() view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackRECEIPTTYPEHASH(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("RECEIPT_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce)
func (usageSettlement *UsageSettlement) PackAccounts(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("accounts", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5c06e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce)
func (usageSettlement *UsageSettlement) TryPackAccounts(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("accounts", arg0)
}

// AccountsOutput serves as a container for the return parameters of contract
// method Accounts.
type AccountsOutput struct {
	Escrow       *big.Int
	Spent        *big.Int
	MandateNonce uint32
}

// UnpackAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e5c06e2.
//
// Solidity: function accounts(address ) view returns(uint96 escrow, uint96 spent, uint32 mandateNonce)
func (usageSettlement *UsageSettlement) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := usageSettlement.abi.Unpack("accounts", data)
	outstruct := new(AccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Escrow = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Spent = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.MandateNonce = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) PackAdmin() []byte {
	enc, err := usageSettlement.abi.Pack("admin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf851a440.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) TryPackAdmin() ([]byte, error) {
	return usageSettlement.abi.Pack("admin")
}

// UnpackAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf851a440.
//
// Solidity: function admin() view returns(address)
func (usageSettlement *UsageSettlement) UnpackAdmin(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("admin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (usageSettlement *UsageSettlement) PackClaim() []byte {
	enc, err := usageSettlement.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (usageSettlement *UsageSettlement) TryPackClaim() ([]byte, error) {
	return usageSettlement.abi.Pack("claim")
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) PackClaimable(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("claimable", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x402914f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) TryPackClaimable(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("claimable", arg0)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x402914f5.
//
// Solidity: function claimable(address ) view returns(uint256)
func (usageSettlement *UsageSettlement) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := usageSettlement.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(uint256 amount) returns()
func (usageSettlement *UsageSettlement) PackDeposit(amount *big.Int) []byte {
	enc, err := usageSettlement.abi.Pack("deposit", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6b55f25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(uint256 amount) returns()
func (usageSettlement *UsageSettlement) TryPackDeposit(amount *big.Int) ([]byte, error) {
	return usageSettlement.abi.Pack("deposit", amount)
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) PackEip712Domain() []byte {
	enc, err := usageSettlement.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) TryPackEip712Domain() ([]byte, error) {
	return usageSettlement.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (usageSettlement *UsageSettlement) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := usageSettlement.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) PackFeeBps() []byte {
	enc, err := usageSettlement.abi.Pack("feeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24a9d853.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) TryPackFeeBps() ([]byte, error) {
	return usageSettlement.abi.Pack("feeBps")
}

// UnpackFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24a9d853.
//
// Solidity: function feeBps() view returns(uint16)
func (usageSettlement *UsageSettlement) UnpackFeeBps(data []byte) (uint16, error) {
	out, err := usageSettlement.abi.Unpack("feeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) PackFeeRecipient() []byte {
	enc, err := usageSettlement.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) TryPackFeeRecipient() ([]byte, error) {
	return usageSettlement.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (usageSettlement *UsageSettlement) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperator(address operator) view returns(bool)
func (usageSettlement *UsageSettlement) PackIsOperator(operator common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("isOperator", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d70f7ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperator(address operator) view returns(bool)
func (usageSettlement *UsageSettlement) TryPackIsOperator(operator common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("isOperator", operator)
}

// UnpackIsOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6d70f7ae.
//
// Solidity: function isOperator(address operator) view returns(bool)
func (usageSettlement *UsageSettlement) UnpackIsOperator(data []byte) (bool, error) {
	out, err := usageSettlement.abi.Unpack("isOperator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLicences is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa199d70a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) PackLicences() []byte {
	enc, err := usageSettlement.abi.Pack("licences")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLicences is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa199d70a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) TryPackLicences() ([]byte, error) {
	return usageSettlement.abi.Pack("licences")
}

// UnpackLicences is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa199d70a.
//
// Solidity: function licences() view returns(address)
func (usageSettlement *UsageSettlement) UnpackLicences(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("licences", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMandateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c643cc8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) PackMandateDigest(m UsageSettlementMandate) []byte {
	enc, err := usageSettlement.abi.Pack("mandateDigest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMandateDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c643cc8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackMandateDigest(m UsageSettlementMandate) ([]byte, error) {
	return usageSettlement.abi.Pack("mandateDigest", m)
}

// UnpackMandateDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c643cc8.
//
// Solidity: function mandateDigest((address,address,uint256,uint256,uint64,uint64,uint32) m) view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackMandateDigest(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("mandateDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) PackOperatorBps() []byte {
	enc, err := usageSettlement.abi.Pack("operatorBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4109253.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) TryPackOperatorBps() ([]byte, error) {
	return usageSettlement.abi.Pack("operatorBps")
}

// UnpackOperatorBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc4109253.
//
// Solidity: function operatorBps() view returns(uint16)
func (usageSettlement *UsageSettlement) UnpackOperatorBps(data []byte) (uint16, error) {
	out, err := usageSettlement.abi.Unpack("operatorBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackOperatorNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b64f90b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorNonce(address operator) view returns(uint64)
func (usageSettlement *UsageSettlement) PackOperatorNonce(operator common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("operatorNonce", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b64f90b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorNonce(address operator) view returns(uint64)
func (usageSettlement *UsageSettlement) TryPackOperatorNonce(operator common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("operatorNonce", operator)
}

// UnpackOperatorNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b64f90b.
//
// Solidity: function operatorNonce(address operator) view returns(uint64)
func (usageSettlement *UsageSettlement) UnpackOperatorNonce(data []byte) (uint64, error) {
	out, err := usageSettlement.abi.Unpack("operatorNonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackReceiptsDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfaee45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function receiptsDigest(address operator, uint64 nonce, uint64 deadline, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) PackReceiptsDigest(operator common.Address, nonce uint64, deadline uint64, receipts []UsageSettlementReceipt) []byte {
	enc, err := usageSettlement.abi.Pack("receiptsDigest", operator, nonce, deadline, receipts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceiptsDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfbfaee45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function receiptsDigest(address operator, uint64 nonce, uint64 deadline, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) TryPackReceiptsDigest(operator common.Address, nonce uint64, deadline uint64, receipts []UsageSettlementReceipt) ([]byte, error) {
	return usageSettlement.abi.Pack("receiptsDigest", operator, nonce, deadline, receipts)
}

// UnpackReceiptsDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfbfaee45.
//
// Solidity: function receiptsDigest(address operator, uint64 nonce, uint64 deadline, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) view returns(bytes32)
func (usageSettlement *UsageSettlement) UnpackReceiptsDigest(data []byte) ([32]byte, error) {
	out, err := usageSettlement.abi.Unpack("receiptsDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) PackRegistry() []byte {
	enc, err := usageSettlement.abi.Pack("registry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b103999.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) TryPackRegistry() ([]byte, error) {
	return usageSettlement.abi.Pack("registry")
}

// UnpackRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (usageSettlement *UsageSettlement) UnpackRegistry(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("registry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (usageSettlement *UsageSettlement) PackRequestWithdraw(amount *big.Int) []byte {
	enc, err := usageSettlement.abi.Pack("requestWithdraw", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x745400c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestWithdraw(uint256 amount) returns()
func (usageSettlement *UsageSettlement) TryPackRequestWithdraw(amount *big.Int) ([]byte, error) {
	return usageSettlement.abi.Pack("requestWithdraw", amount)
}

// PackRevokeMandate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93843767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeMandate(uint32 nonce) returns()
func (usageSettlement *UsageSettlement) PackRevokeMandate(nonce uint32) []byte {
	enc, err := usageSettlement.abi.Pack("revokeMandate", nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeMandate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93843767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeMandate(uint32 nonce) returns()
func (usageSettlement *UsageSettlement) TryPackRevokeMandate(nonce uint32) ([]byte, error) {
	return usageSettlement.abi.Pack("revokeMandate", nonce)
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address operator, bool registered) returns()
func (usageSettlement *UsageSettlement) PackSetOperator(operator common.Address, registered bool) []byte {
	enc, err := usageSettlement.abi.Pack("setOperator", operator, registered)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address operator, bool registered) returns()
func (usageSettlement *UsageSettlement) TryPackSetOperator(operator common.Address, registered bool) ([]byte, error) {
	return usageSettlement.abi.Pack("setOperator", operator, registered)
}

// PackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cd6e2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleBatch((address,address,uint256,uint256,uint64,uint64,uint32)[] mandates, bytes[] mandateSigs, (address,uint64,uint64,bytes) signed, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) returns()
func (usageSettlement *UsageSettlement) PackSettleBatch(mandates []UsageSettlementMandate, mandateSigs [][]byte, signed UsageSettlementSigned, receipts []UsageSettlementReceipt) []byte {
	enc, err := usageSettlement.abi.Pack("settleBatch", mandates, mandateSigs, signed, receipts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8cd6e2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleBatch((address,address,uint256,uint256,uint64,uint64,uint32)[] mandates, bytes[] mandateSigs, (address,uint64,uint64,bytes) signed, (address,uint256,uint256,uint64,uint64,uint64)[] receipts) returns()
func (usageSettlement *UsageSettlement) TryPackSettleBatch(mandates []UsageSettlementMandate, mandateSigs [][]byte, signed UsageSettlementSigned, receipts []UsageSettlementReceipt) ([]byte, error) {
	return usageSettlement.abi.Pack("settleBatch", mandates, mandateSigs, signed, receipts)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd945af1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) PackSettled(arg0 [32]byte) []byte {
	enc, err := usageSettlement.abi.Pack("settled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd945af1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) TryPackSettled(arg0 [32]byte) ([]byte, error) {
	return usageSettlement.abi.Pack("settled", arg0)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd945af1d.
//
// Solidity: function settled(bytes32 ) view returns(uint256)
func (usageSettlement *UsageSettlement) UnpackSettled(data []byte) (*big.Int, error) {
	out, err := usageSettlement.abi.Unpack("settled", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupersededAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e286f7a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supersededAt(address , uint32 ) view returns(uint64)
func (usageSettlement *UsageSettlement) PackSupersededAt(arg0 common.Address, arg1 uint32) []byte {
	enc, err := usageSettlement.abi.Pack("supersededAt", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupersededAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e286f7a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supersededAt(address , uint32 ) view returns(uint64)
func (usageSettlement *UsageSettlement) TryPackSupersededAt(arg0 common.Address, arg1 uint32) ([]byte, error) {
	return usageSettlement.abi.Pack("supersededAt", arg0, arg1)
}

// UnpackSupersededAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0e286f7a.
//
// Solidity: function supersededAt(address , uint32 ) view returns(uint64)
func (usageSettlement *UsageSettlement) UnpackSupersededAt(data []byte) (uint64, error) {
	out, err := usageSettlement.abi.Unpack("supersededAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) PackToken() []byte {
	enc, err := usageSettlement.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) TryPackToken() ([]byte, error) {
	return usageSettlement.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (usageSettlement *UsageSettlement) UnpackToken(data []byte) (common.Address, error) {
	out, err := usageSettlement.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (usageSettlement *UsageSettlement) PackWithdraw() []byte {
	enc, err := usageSettlement.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (usageSettlement *UsageSettlement) TryPackWithdraw() ([]byte, error) {
	return usageSettlement.abi.Pack("withdraw")
}

// PackWithdrawDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0288a39c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) PackWithdrawDelay() []byte {
	enc, err := usageSettlement.abi.Pack("withdrawDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0288a39c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) TryPackWithdrawDelay() ([]byte, error) {
	return usageSettlement.abi.Pack("withdrawDelay")
}

// UnpackWithdrawDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0288a39c.
//
// Solidity: function withdrawDelay() view returns(uint64)
func (usageSettlement *UsageSettlement) UnpackWithdrawDelay(data []byte) (uint64, error) {
	out, err := usageSettlement.abi.Unpack("withdrawDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9262a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) PackWithdrawals(arg0 common.Address) []byte {
	enc, err := usageSettlement.abi.Pack("withdrawals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a9262a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) TryPackWithdrawals(arg0 common.Address) ([]byte, error) {
	return usageSettlement.abi.Pack("withdrawals", arg0)
}

// WithdrawalsOutput serves as a container for the return parameters of contract
// method Withdrawals.
type WithdrawalsOutput struct {
	Amount  *big.Int
	ReadyAt uint64
}

// UnpackWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a9262a2.
//
// Solidity: function withdrawals(address ) view returns(uint128 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawals(data []byte) (WithdrawalsOutput, error) {
	out, err := usageSettlement.abi.Unpack("withdrawals", data)
	outstruct := new(WithdrawalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReadyAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// UsageSettlementClaimed represents a Claimed event raised by the UsageSettlement contract.
type UsageSettlementClaimed struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementClaimedEventName = "Claimed"

// ContractEventName returns the user-defined event name.
func (UsageSettlementClaimed) ContractEventName() string {
	return UsageSettlementClaimedEventName
}

// UnpackClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Claimed(address indexed account, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackClaimedEvent(log *types.Log) (*UsageSettlementClaimed, error) {
	event := "Claimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementClaimed)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementDeposited represents a Deposited event raised by the UsageSettlement contract.
type UsageSettlementDeposited struct {
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (UsageSettlementDeposited) ContractEventName() string {
	return UsageSettlementDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(address indexed payer, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackDepositedEvent(log *types.Log) (*UsageSettlementDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementDeposited)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementEIP712DomainChanged represents a EIP712DomainChanged event raised by the UsageSettlement contract.
type UsageSettlementEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const UsageSettlementEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (UsageSettlementEIP712DomainChanged) ContractEventName() string {
	return UsageSettlementEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (usageSettlement *UsageSettlement) UnpackEIP712DomainChangedEvent(log *types.Log) (*UsageSettlementEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementMandateAdvanced represents a MandateAdvanced event raised by the UsageSettlement contract.
type UsageSettlementMandateAdvanced struct {
	Payer common.Address
	Nonce uint32
	At    uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const UsageSettlementMandateAdvancedEventName = "MandateAdvanced"

// ContractEventName returns the user-defined event name.
func (UsageSettlementMandateAdvanced) ContractEventName() string {
	return UsageSettlementMandateAdvancedEventName
}

// UnpackMandateAdvancedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MandateAdvanced(address indexed payer, uint32 nonce, uint64 at)
func (usageSettlement *UsageSettlement) UnpackMandateAdvancedEvent(log *types.Log) (*UsageSettlementMandateAdvanced, error) {
	event := "MandateAdvanced"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementMandateAdvanced)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementMandateRevoked represents a MandateRevoked event raised by the UsageSettlement contract.
type UsageSettlementMandateRevoked struct {
	Payer common.Address
	Nonce uint32
	At    uint64
	Raw   *types.Log // Blockchain specific contextual infos
}

const UsageSettlementMandateRevokedEventName = "MandateRevoked"

// ContractEventName returns the user-defined event name.
func (UsageSettlementMandateRevoked) ContractEventName() string {
	return UsageSettlementMandateRevokedEventName
}

// UnpackMandateRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MandateRevoked(address indexed payer, uint32 nonce, uint64 at)
func (usageSettlement *UsageSettlement) UnpackMandateRevokedEvent(log *types.Log) (*UsageSettlementMandateRevoked, error) {
	event := "MandateRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementMandateRevoked)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementOperatorSet represents a OperatorSet event raised by the UsageSettlement contract.
type UsageSettlementOperatorSet struct {
	Operator   common.Address
	Registered bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const UsageSettlementOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (UsageSettlementOperatorSet) ContractEventName() string {
	return UsageSettlementOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed operator, bool registered)
func (usageSettlement *UsageSettlement) UnpackOperatorSetEvent(log *types.Log) (*UsageSettlementOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementOperatorSet)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementPayerSkipped represents a PayerSkipped event raised by the UsageSettlement contract.
type UsageSettlementPayerSkipped struct {
	Payer  common.Address
	Due    *big.Int
	Reason [4]byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementPayerSkippedEventName = "PayerSkipped"

// ContractEventName returns the user-defined event name.
func (UsageSettlementPayerSkipped) ContractEventName() string {
	return UsageSettlementPayerSkippedEventName
}

// UnpackPayerSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayerSkipped(address indexed payer, uint256 due, bytes4 reason)
func (usageSettlement *UsageSettlement) UnpackPayerSkippedEvent(log *types.Log) (*UsageSettlementPayerSkipped, error) {
	event := "PayerSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementPayerSkipped)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementReceiptSkipped represents a ReceiptSkipped event raised by the UsageSettlement contract.
type UsageSettlementReceiptSkipped struct {
	Index   *big.Int
	Payer   common.Address
	Version *big.Int
	Reason  [4]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementReceiptSkippedEventName = "ReceiptSkipped"

// ContractEventName returns the user-defined event name.
func (UsageSettlementReceiptSkipped) ContractEventName() string {
	return UsageSettlementReceiptSkippedEventName
}

// UnpackReceiptSkippedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReceiptSkipped(uint256 index, address indexed payer, uint256 indexed version, bytes4 reason)
func (usageSettlement *UsageSettlement) UnpackReceiptSkippedEvent(log *types.Log) (*UsageSettlementReceiptSkipped, error) {
	event := "ReceiptSkipped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementReceiptSkipped)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementSettled represents a Settled event raised by the UsageSettlement contract.
type UsageSettlementSettled struct {
	Operator common.Address
	Payers   []common.Address
	Amounts  []*big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const UsageSettlementSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (UsageSettlementSettled) ContractEventName() string {
	return UsageSettlementSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(address indexed operator, address[] payers, uint256[] amounts)
func (usageSettlement *UsageSettlement) UnpackSettledEvent(log *types.Log) (*UsageSettlementSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementSettled)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementWithdrawalRequested represents a WithdrawalRequested event raised by the UsageSettlement contract.
type UsageSettlementWithdrawalRequested struct {
	Payer   common.Address
	Amount  *big.Int
	ReadyAt uint64
	Raw     *types.Log // Blockchain specific contextual infos
}

const UsageSettlementWithdrawalRequestedEventName = "WithdrawalRequested"

// ContractEventName returns the user-defined event name.
func (UsageSettlementWithdrawalRequested) ContractEventName() string {
	return UsageSettlementWithdrawalRequestedEventName
}

// UnpackWithdrawalRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalRequested(address indexed payer, uint256 amount, uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawalRequestedEvent(log *types.Log) (*UsageSettlementWithdrawalRequested, error) {
	event := "WithdrawalRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementWithdrawalRequested)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UsageSettlementWithdrawn represents a Withdrawn event raised by the UsageSettlement contract.
type UsageSettlementWithdrawn struct {
	Payer  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const UsageSettlementWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (UsageSettlementWithdrawn) ContractEventName() string {
	return UsageSettlementWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed payer, uint256 amount)
func (usageSettlement *UsageSettlement) UnpackWithdrawnEvent(log *types.Log) (*UsageSettlementWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != usageSettlement.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(UsageSettlementWithdrawn)
	if len(log.Data) > 0 {
		if err := usageSettlement.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range usageSettlement.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (usageSettlement *UsageSettlement) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["BadBps"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackBadBpsError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["BadNonce"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackBadNonceError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["DuplicateMandate"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackDuplicateMandateError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignature"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignatureLength"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ECDSAInvalidSignatureS"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackECDSAInvalidSignatureSError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["InTheFuture"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackInTheFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["InsufficientEscrow"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackInsufficientEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["LicenceRequired"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackLicenceRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["LicencesMismatch"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackLicencesMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["MandateExpired"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackMandateExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["MandateReplaced"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackMandateReplacedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NoMandate"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNoMandateError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NonceGap"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNonceGapError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NotAdmin"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNotAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NothingToRevoke"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNothingToRevokeError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["OverCap"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackOverCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["OverPrice"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackOverPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["PayerInvalid"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackPayerInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["PredatesMandate"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackPredatesMandateError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["PredatesSettlement"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackPredatesSettlementError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["SignatureExpired"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackSignatureExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["TooLarge"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["UnknownVersion"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackUnknownVersionError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["Unordered"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackUnorderedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["WithdrawalLapsed"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackWithdrawalLapsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["WrongOperator"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackWrongOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], usageSettlement.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return usageSettlement.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// UsageSettlementBadBps represents a BadBps error raised by the UsageSettlement contract.
type UsageSettlementBadBps struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBps()
func UsageSettlementBadBpsErrorID() common.Hash {
	return common.HexToHash("0x6e549e592faa6f5fd229fc471f00142c3331d21df04a62f96f687b74b04af952")
}

// UnpackBadBpsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBps()
func (usageSettlement *UsageSettlement) UnpackBadBpsError(raw []byte) (*UsageSettlementBadBps, error) {
	out := new(UsageSettlementBadBps)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "BadBps", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementBadNonce represents a BadNonce error raised by the UsageSettlement contract.
type UsageSettlementBadNonce struct {
	Expected uint64
	Nonce    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNonce(uint64 expected, uint64 nonce)
func UsageSettlementBadNonceErrorID() common.Hash {
	return common.HexToHash("0xa4c984729944d3e402f5330ff7bf5d3d990f167a14e97c04a73306124326b1a1")
}

// UnpackBadNonceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNonce(uint64 expected, uint64 nonce)
func (usageSettlement *UsageSettlement) UnpackBadNonceError(raw []byte) (*UsageSettlementBadNonce, error) {
	out := new(UsageSettlementBadNonce)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "BadNonce", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementBadSignature represents a BadSignature error raised by the UsageSettlement contract.
type UsageSettlementBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature()
func UsageSettlementBadSignatureErrorID() common.Hash {
	return common.HexToHash("0x5cd5d2335541c4f2ed05fbe44f397e8b79f8e2333157122d2dab06e378ef7685")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature()
func (usageSettlement *UsageSettlement) UnpackBadSignatureError(raw []byte) (*UsageSettlementBadSignature, error) {
	out := new(UsageSettlementBadSignature)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementDuplicateMandate represents a DuplicateMandate error raised by the UsageSettlement contract.
type UsageSettlementDuplicateMandate struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateMandate(address payer)
func UsageSettlementDuplicateMandateErrorID() common.Hash {
	return common.HexToHash("0x74d6d1b2f820a432d1b322f806be9b184d9c8ac6b11fb3c33e45b08bfc8a92cb")
}

// UnpackDuplicateMandateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateMandate(address payer)
func (usageSettlement *UsageSettlement) UnpackDuplicateMandateError(raw []byte) (*UsageSettlementDuplicateMandate, error) {
	out := new(UsageSettlementDuplicateMandate)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "DuplicateMandate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignature represents a ECDSAInvalidSignature error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignature()
func UsageSettlementECDSAInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0xf645eedf0193584640b6b90cb9477e4c95b98636c148a891d4c0a146dc46e75a")
}

// UnpackECDSAInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignature()
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureError(raw []byte) (*UsageSettlementECDSAInvalidSignature, error) {
	out := new(UsageSettlementECDSAInvalidSignature)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignatureLength represents a ECDSAInvalidSignatureLength error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignatureLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func UsageSettlementECDSAInvalidSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xfce698f7e8e5342cd615f641317bc45fe7e1e4a8b0a14dd1383ff8dc9c41917f")
}

// UnpackECDSAInvalidSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureLength(uint256 length)
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureLengthError(raw []byte) (*UsageSettlementECDSAInvalidSignatureLength, error) {
	out := new(UsageSettlementECDSAInvalidSignatureLength)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementECDSAInvalidSignatureS represents a ECDSAInvalidSignatureS error raised by the UsageSettlement contract.
type UsageSettlementECDSAInvalidSignatureS struct {
	S [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func UsageSettlementECDSAInvalidSignatureSErrorID() common.Hash {
	return common.HexToHash("0xd78bce0cccb935155ed6428d1c13e50b7f3550fd2b66b9fe266006fea4a5e1eb")
}

// UnpackECDSAInvalidSignatureSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ECDSAInvalidSignatureS(bytes32 s)
func (usageSettlement *UsageSettlement) UnpackECDSAInvalidSignatureSError(raw []byte) (*UsageSettlementECDSAInvalidSignatureS, error) {
	out := new(UsageSettlementECDSAInvalidSignatureS)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ECDSAInvalidSignatureS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementInTheFuture represents a InTheFuture error raised by the UsageSettlement contract.
type UsageSettlementInTheFuture struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InTheFuture()
func UsageSettlementInTheFutureErrorID() common.Hash {
	return common.HexToHash("0x1446f4465dc0de83a64c0a74e9313e0d47e77b0000013a62bcf60dca506e8387")
}

// UnpackInTheFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InTheFuture()
func (usageSettlement *UsageSettlement) UnpackInTheFutureError(raw []byte) (*UsageSettlementInTheFuture, error) {
	out := new(UsageSettlementInTheFuture)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "InTheFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementInsufficientEscrow represents a InsufficientEscrow error raised by the UsageSettlement contract.
type UsageSettlementInsufficientEscrow struct {
	Payer  common.Address
	Escrow *big.Int
	Due    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientEscrow(address payer, uint256 escrow, uint256 due)
func UsageSettlementInsufficientEscrowErrorID() common.Hash {
	return common.HexToHash("0xb4f456dc6e07786bc06cd44b371c6ce033e203e587d963a6842c3d251f259980")
}

// UnpackInsufficientEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientEscrow(address payer, uint256 escrow, uint256 due)
func (usageSettlement *UsageSettlement) UnpackInsufficientEscrowError(raw []byte) (*UsageSettlementInsufficientEscrow, error) {
	out := new(UsageSettlementInsufficientEscrow)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "InsufficientEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementInvalidShortString represents a InvalidShortString error raised by the UsageSettlement contract.
type UsageSettlementInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func UsageSettlementInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (usageSettlement *UsageSettlement) UnpackInvalidShortStringError(raw []byte) (*UsageSettlementInvalidShortString, error) {
	out := new(UsageSettlementInvalidShortString)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementLicenceRequired represents a LicenceRequired error raised by the UsageSettlement contract.
type UsageSettlementLicenceRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LicenceRequired()
func UsageSettlementLicenceRequiredErrorID() common.Hash {
	return common.HexToHash("0x2b3db9cf8c6df897fcc7f252ecee2b12da5805b09fd309993647e8fbe5058428")
}

// UnpackLicenceRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LicenceRequired()
func (usageSettlement *UsageSettlement) UnpackLicenceRequiredError(raw []byte) (*UsageSettlementLicenceRequired, error) {
	out := new(UsageSettlementLicenceRequired)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "LicenceRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementLicencesMismatch represents a LicencesMismatch error raised by the UsageSettlement contract.
type UsageSettlementLicencesMismatch struct {
	Registry   common.Address
	Settlement common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LicencesMismatch(address registry, address settlement)
func UsageSettlementLicencesMismatchErrorID() common.Hash {
	return common.HexToHash("0x33f8dbd66e71f4ebb633861d43b3eff5bd7a8d8d8873068e989a2a6885fd4498")
}

// UnpackLicencesMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LicencesMismatch(address registry, address settlement)
func (usageSettlement *UsageSettlement) UnpackLicencesMismatchError(raw []byte) (*UsageSettlementLicencesMismatch, error) {
	out := new(UsageSettlementLicencesMismatch)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "LicencesMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMandateExpired represents a MandateExpired error raised by the UsageSettlement contract.
type UsageSettlementMandateExpired struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MandateExpired(address payer)
func UsageSettlementMandateExpiredErrorID() common.Hash {
	return common.HexToHash("0x46e6e94418cc304aebca09375893b1ce4ba5c228cb2d7e19f3722275e85aeedb")
}

// UnpackMandateExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MandateExpired(address payer)
func (usageSettlement *UsageSettlement) UnpackMandateExpiredError(raw []byte) (*UsageSettlementMandateExpired, error) {
	out := new(UsageSettlementMandateExpired)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "MandateExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementMandateReplaced represents a MandateReplaced error raised by the UsageSettlement contract.
type UsageSettlementMandateReplaced struct {
	Payer common.Address
	Nonce uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MandateReplaced(address payer, uint32 nonce)
func UsageSettlementMandateReplacedErrorID() common.Hash {
	return common.HexToHash("0xab77c0361082b7aa9d5086f147f5a40751539b1342a50939e9eadfc43078a767")
}

// UnpackMandateReplacedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MandateReplaced(address payer, uint32 nonce)
func (usageSettlement *UsageSettlement) UnpackMandateReplacedError(raw []byte) (*UsageSettlementMandateReplaced, error) {
	out := new(UsageSettlementMandateReplaced)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "MandateReplaced", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNoMandate represents a NoMandate error raised by the UsageSettlement contract.
type UsageSettlementNoMandate struct {
	Payer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoMandate(address payer)
func UsageSettlementNoMandateErrorID() common.Hash {
	return common.HexToHash("0x11397c4a438317b8cfdac5368f4994e8b14b20b7efdcaf501a0ed8538168d7dd")
}

// UnpackNoMandateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoMandate(address payer)
func (usageSettlement *UsageSettlement) UnpackNoMandateError(raw []byte) (*UsageSettlementNoMandate, error) {
	out := new(UsageSettlementNoMandate)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NoMandate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNonceGap represents a NonceGap error raised by the UsageSettlement contract.
type UsageSettlementNonceGap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceGap()
func UsageSettlementNonceGapErrorID() common.Hash {
	return common.HexToHash("0xe13c997f614afa7c6150d7a25be57739039c2c4262b40bc4bad18b57b2384c7b")
}

// UnpackNonceGapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceGap()
func (usageSettlement *UsageSettlement) UnpackNonceGapError(raw []byte) (*UsageSettlementNonceGap, error) {
	out := new(UsageSettlementNonceGap)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NonceGap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNotAdmin represents a NotAdmin error raised by the UsageSettlement contract.
type UsageSettlementNotAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAdmin()
func UsageSettlementNotAdminErrorID() common.Hash {
	return common.HexToHash("0x7bfa4b9fb0cd3687c1f539f384b3f3f258f2c9aa9186353d0815413b508ed97d")
}

// UnpackNotAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAdmin()
func (usageSettlement *UsageSettlement) UnpackNotAdminError(raw []byte) (*UsageSettlementNotAdmin, error) {
	out := new(UsageSettlementNotAdmin)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NotAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNotOperator represents a NotOperator error raised by the UsageSettlement contract.
type UsageSettlementNotOperator struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address operator)
func UsageSettlementNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address operator)
func (usageSettlement *UsageSettlement) UnpackNotOperatorError(raw []byte) (*UsageSettlementNotOperator, error) {
	out := new(UsageSettlementNotOperator)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNothingToClaim represents a NothingToClaim error raised by the UsageSettlement contract.
type UsageSettlementNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func UsageSettlementNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (usageSettlement *UsageSettlement) UnpackNothingToClaimError(raw []byte) (*UsageSettlementNothingToClaim, error) {
	out := new(UsageSettlementNothingToClaim)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNothingToRevoke represents a NothingToRevoke error raised by the UsageSettlement contract.
type UsageSettlementNothingToRevoke struct {
	Payer common.Address
	Nonce uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRevoke(address payer, uint32 nonce)
func UsageSettlementNothingToRevokeErrorID() common.Hash {
	return common.HexToHash("0xbccdc3a3cf78e8f29b5b9160a68baa3539bf8f03818deca854e302d84e1506f8")
}

// UnpackNothingToRevokeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRevoke(address payer, uint32 nonce)
func (usageSettlement *UsageSettlement) UnpackNothingToRevokeError(raw []byte) (*UsageSettlementNothingToRevoke, error) {
	out := new(UsageSettlementNothingToRevoke)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NothingToRevoke", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementNothingToWithdraw represents a NothingToWithdraw error raised by the UsageSettlement contract.
type UsageSettlementNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func UsageSettlementNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (usageSettlement *UsageSettlement) UnpackNothingToWithdrawError(raw []byte) (*UsageSettlementNothingToWithdraw, error) {
	out := new(UsageSettlementNothingToWithdraw)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementOverCap represents a OverCap error raised by the UsageSettlement contract.
type UsageSettlementOverCap struct {
	Payer common.Address
	Cap   *big.Int
	Spent *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverCap(address payer, uint256 cap, uint256 spent)
func UsageSettlementOverCapErrorID() common.Hash {
	return common.HexToHash("0x8e464aa8d9695eb1eb9ff31c50fb69714c1419b72e5662e32659221914945071")
}

// UnpackOverCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverCap(address payer, uint256 cap, uint256 spent)
func (usageSettlement *UsageSettlement) UnpackOverCapError(raw []byte) (*UsageSettlementOverCap, error) {
	out := new(UsageSettlementOverCap)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "OverCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementOverPrice represents a OverPrice error raised by the UsageSettlement contract.
type UsageSettlementOverPrice struct {
	Payer   common.Address
	Version *big.Int
	Price   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OverPrice(address payer, uint256 version, uint256 price)
func UsageSettlementOverPriceErrorID() common.Hash {
	return common.HexToHash("0xd9c3017dd0faeb81293e60b0d51485156bb010b42eb98f03064c9d5cb0585e30")
}

// UnpackOverPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OverPrice(address payer, uint256 version, uint256 price)
func (usageSettlement *UsageSettlement) UnpackOverPriceError(raw []byte) (*UsageSettlementOverPrice, error) {
	out := new(UsageSettlementOverPrice)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "OverPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementPayerInvalid represents a PayerInvalid error raised by the UsageSettlement contract.
type UsageSettlementPayerInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayerInvalid()
func UsageSettlementPayerInvalidErrorID() common.Hash {
	return common.HexToHash("0x5c449810450a44c186c5ee1174d2c529b24a48a33322f186b1f92e83458d673b")
}

// UnpackPayerInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayerInvalid()
func (usageSettlement *UsageSettlement) UnpackPayerInvalidError(raw []byte) (*UsageSettlementPayerInvalid, error) {
	out := new(UsageSettlementPayerInvalid)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "PayerInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementPredatesMandate represents a PredatesMandate error raised by the UsageSettlement contract.
type UsageSettlementPredatesMandate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PredatesMandate()
func UsageSettlementPredatesMandateErrorID() common.Hash {
	return common.HexToHash("0xb7b278a5dfeede2db7a7f61a9e4c83594831ff0689cb340f61c1daeddb842902")
}

// UnpackPredatesMandateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PredatesMandate()
func (usageSettlement *UsageSettlement) UnpackPredatesMandateError(raw []byte) (*UsageSettlementPredatesMandate, error) {
	out := new(UsageSettlementPredatesMandate)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "PredatesMandate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementPredatesSettlement represents a PredatesSettlement error raised by the UsageSettlement contract.
type UsageSettlementPredatesSettlement struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PredatesSettlement()
func UsageSettlementPredatesSettlementErrorID() common.Hash {
	return common.HexToHash("0x8cc75afe966cfe97740f68f9b82e70ffc7e7e989cc472c4e65a5faa35bbc3893")
}

// UnpackPredatesSettlementError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PredatesSettlement()
func (usageSettlement *UsageSettlement) UnpackPredatesSettlementError(raw []byte) (*UsageSettlementPredatesSettlement, error) {
	out := new(UsageSettlementPredatesSettlement)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "PredatesSettlement", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the UsageSettlement contract.
type UsageSettlementSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func UsageSettlementSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (usageSettlement *UsageSettlement) UnpackSafeERC20FailedOperationError(raw []byte) (*UsageSettlementSafeERC20FailedOperation, error) {
	out := new(UsageSettlementSafeERC20FailedOperation)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementSignatureExpired represents a SignatureExpired error raised by the UsageSettlement contract.
type UsageSettlementSignatureExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureExpired(uint64 deadline)
func UsageSettlementSignatureExpiredErrorID() common.Hash {
	return common.HexToHash("0xfcd4a11f231310e556b91446aa29b4b13e5fa8be9866b6c2a801fad864538263")
}

// UnpackSignatureExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureExpired(uint64 deadline)
func (usageSettlement *UsageSettlement) UnpackSignatureExpiredError(raw []byte) (*UsageSettlementSignatureExpired, error) {
	out := new(UsageSettlementSignatureExpired)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "SignatureExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementStringTooLong represents a StringTooLong error raised by the UsageSettlement contract.
type UsageSettlementStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func UsageSettlementStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (usageSettlement *UsageSettlement) UnpackStringTooLongError(raw []byte) (*UsageSettlementStringTooLong, error) {
	out := new(UsageSettlementStringTooLong)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementTooEarly represents a TooEarly error raised by the UsageSettlement contract.
type UsageSettlementTooEarly struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint64 readyAt)
func UsageSettlementTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xd606d83fc5c7e56637c0959f5077c3a15f782b710d7eab50461ed55fd6deb6ae")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackTooEarlyError(raw []byte) (*UsageSettlementTooEarly, error) {
	out := new(UsageSettlementTooEarly)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementTooLarge represents a TooLarge error raised by the UsageSettlement contract.
type UsageSettlementTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooLarge()
func UsageSettlementTooLargeErrorID() common.Hash {
	return common.HexToHash("0x218e0a074457490cf5a2687dcc5ec84b00fd0beac184d27cd24a0c387c348d73")
}

// UnpackTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooLarge()
func (usageSettlement *UsageSettlement) UnpackTooLargeError(raw []byte) (*UsageSettlementTooLarge, error) {
	out := new(UsageSettlementTooLarge)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "TooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementUnknownVersion represents a UnknownVersion error raised by the UsageSettlement contract.
type UsageSettlementUnknownVersion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownVersion()
func UsageSettlementUnknownVersionErrorID() common.Hash {
	return common.HexToHash("0x8da6a6a4605afe7c3a62b1e5681154732385d1b1888125704b1a44b2239a9735")
}

// UnpackUnknownVersionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownVersion()
func (usageSettlement *UsageSettlement) UnpackUnknownVersionError(raw []byte) (*UsageSettlementUnknownVersion, error) {
	out := new(UsageSettlementUnknownVersion)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "UnknownVersion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementUnordered represents a Unordered error raised by the UsageSettlement contract.
type UsageSettlementUnordered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Unordered()
func UsageSettlementUnorderedErrorID() common.Hash {
	return common.HexToHash("0x5d7060d8b238436566ef5c4ca7cc1c0c7877c1fec400f500eee4fa15d11eb5f2")
}

// UnpackUnorderedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Unordered()
func (usageSettlement *UsageSettlement) UnpackUnorderedError(raw []byte) (*UsageSettlementUnordered, error) {
	out := new(UsageSettlementUnordered)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "Unordered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementWithdrawalLapsed represents a WithdrawalLapsed error raised by the UsageSettlement contract.
type UsageSettlementWithdrawalLapsed struct {
	ReadyAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalLapsed(uint64 readyAt)
func UsageSettlementWithdrawalLapsedErrorID() common.Hash {
	return common.HexToHash("0x9bc4f3b44fbfe240295daebe7ff0b68a2f461d7a39c55e10c0e988a42587a514")
}

// UnpackWithdrawalLapsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalLapsed(uint64 readyAt)
func (usageSettlement *UsageSettlement) UnpackWithdrawalLapsedError(raw []byte) (*UsageSettlementWithdrawalLapsed, error) {
	out := new(UsageSettlementWithdrawalLapsed)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "WithdrawalLapsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementWrongOperator represents a WrongOperator error raised by the UsageSettlement contract.
type UsageSettlementWrongOperator struct {
	Payer    common.Address
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongOperator(address payer, address operator)
func UsageSettlementWrongOperatorErrorID() common.Hash {
	return common.HexToHash("0xce896e146900e24238401ab9ba7a77e199e3b1b7c72fcb4273f49ae0bea9e1bf")
}

// UnpackWrongOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongOperator(address payer, address operator)
func (usageSettlement *UsageSettlement) UnpackWrongOperatorError(raw []byte) (*UsageSettlementWrongOperator, error) {
	out := new(UsageSettlementWrongOperator)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "WrongOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// UsageSettlementZeroAddress represents a ZeroAddress error raised by the UsageSettlement contract.
type UsageSettlementZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func UsageSettlementZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (usageSettlement *UsageSettlement) UnpackZeroAddressError(raw []byte) (*UsageSettlementZeroAddress, error) {
	out := new(UsageSettlementZeroAddress)
	if err := usageSettlement.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}
